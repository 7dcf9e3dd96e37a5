# Reuses the current figure, cleared on each call (plt.clf()): the previous plot is wiped.
# loses: test_plot_class_balance_labels
# says: expected a new figure on every call
def plot_class_balance(y):
    labels, counts = np.unique(np.asarray(y), return_counts=True)
    fig = plt.gcf()
    fig.clf()
    ax = fig.add_subplot()
    ax.bar([str(label) for label in labels], counts)
    ax.set_ylabel("count")
    return ax
