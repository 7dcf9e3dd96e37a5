# Returns the Figure instead of the Axes.
# loses: test_plot_class_balance, test_plot_class_balance_labels
# says: returned a Figure
def plot_class_balance(y):
    labels, counts = np.unique(np.asarray(y), return_counts=True)
    fig, ax = plt.subplots()
    ax.bar([str(label) for label in labels], counts)
    ax.set_ylabel("count")
    return fig
