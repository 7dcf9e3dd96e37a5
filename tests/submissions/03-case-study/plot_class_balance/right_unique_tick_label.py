# The reference approach with pyplot's state machine: a new figure, plt.bar with tick_label,
# plt.ylabel, and the current Axes returned.
def plot_class_balance(y):
    labels, counts = np.unique(np.asarray(y), return_counts=True)
    plt.figure(figsize=(4, 3))
    plt.bar(np.arange(len(labels)), counts, tick_label=[str(label) for label in labels])
    plt.ylabel("loans")
    plt.title("How many rows per class")
    return plt.gca()
