# Draws on a new figure, then closes it (plt.close(fig)) so the notebook does not show it
# twice; the Axes still holds the bars.
def plot_class_balance(y):
    labels, counts = np.unique(np.asarray(y), return_counts=True)
    fig, ax = plt.subplots()
    ax.bar([str(label) for label in labels], counts)
    ax.set_ylabel("number of loans")
    plt.close(fig)
    return ax
