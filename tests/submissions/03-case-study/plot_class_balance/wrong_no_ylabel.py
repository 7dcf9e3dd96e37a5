# Right bars, a title and an x label, but no y label.
# loses: test_plot_class_balance
# says: left the y axis without a label
def plot_class_balance(y):
    labels, counts = np.unique(np.asarray(y), return_counts=True)
    fig, ax = plt.subplots()
    ax.bar([str(label) for label in labels], counts)
    ax.set_xlabel("class")
    ax.set_title("rows per class")
    return ax
