# Draws on plt.gca(): every call adds its bars to the same Axes.
# loses: test_plot_class_balance, test_plot_class_balance_labels
def plot_class_balance(y):
    labels, counts = np.unique(np.asarray(y), return_counts=True)
    ax = plt.gca()
    ax.bar([str(label) for label in labels], counts)
    ax.set_ylabel("count")
    return ax
