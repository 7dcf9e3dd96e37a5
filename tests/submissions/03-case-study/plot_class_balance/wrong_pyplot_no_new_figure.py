# loses: test_plot_class_balance_labels
def plot_class_balance(y):
    labels, counts = np.unique(np.asarray(y), return_counts=True)
    plt.bar([str(label) for label in labels], counts)
    plt.ylabel("count")
    return plt.gca()
