# Bars at positions 0, 1, 2, ... with no tick labels: the classes are not named.
# loses: test_plot_class_balance, test_plot_class_balance_labels
# says: as their x tick labels
def plot_class_balance(y):
    labels, counts = np.unique(np.asarray(y), return_counts=True)
    fig, ax = plt.subplots()
    ax.bar(np.arange(len(labels)), counts)
    ax.set_ylabel("count")
    return ax
