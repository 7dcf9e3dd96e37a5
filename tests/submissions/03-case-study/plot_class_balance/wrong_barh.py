# Horizontal bars (ax.barh): the counts run along x, the classes along y.
# loses: test_plot_class_balance, test_plot_class_balance_labels
def plot_class_balance(y):
    labels, counts = np.unique(np.asarray(y), return_counts=True)
    fig, ax = plt.subplots()
    ax.barh([str(label) for label in labels], counts)
    ax.set_ylabel("class")
    ax.set_xlabel("count")
    return ax
