# Bars as tall as each class's share of the rows instead of its count.
# loses: test_plot_class_balance, test_plot_class_balance_labels
# says: the number of rows of that class
def plot_class_balance(y):
    labels, counts = np.unique(np.asarray(y), return_counts=True)
    fig, ax = plt.subplots()
    ax.bar([str(label) for label in labels], counts / counts.sum())
    ax.set_ylabel("share of rows")
    return ax
