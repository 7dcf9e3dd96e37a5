# Bars at the numeric labels themselves (ax.bar(labels, counts)) with no tick labels set:
# matplotlib's automatic ticks ("0.0", "0.2", ...) do not name the classes.
# loses: test_plot_class_balance, test_plot_class_balance_labels
def plot_class_balance(y):
    labels, counts = np.unique(np.asarray(y), return_counts=True)
    fig, ax = plt.subplots()
    ax.bar(labels, counts)
    ax.set_ylabel("count")
    return ax
