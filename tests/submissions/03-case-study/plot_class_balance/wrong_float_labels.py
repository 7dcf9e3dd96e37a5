# Converts the labels to floats first: the ticks read "0.0" and "1.0", and text labels fail.
# loses: test_plot_class_balance, test_plot_class_balance_labels
def plot_class_balance(y):
    labels, counts = np.unique(np.asarray(y, dtype=float), return_counts=True)
    fig, ax = plt.subplots()
    ax.bar([str(label) for label in labels], counts)
    ax.set_ylabel("count")
    return ax
