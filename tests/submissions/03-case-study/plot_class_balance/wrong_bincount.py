# np.bincount: one bar per integer from 0 to max(y), so absent labels get bars of height 0,
# and text labels cannot be counted at all.
# loses: test_plot_class_balance_labels
def plot_class_balance(y):
    counts = np.bincount(np.asarray(y))
    fig, ax = plt.subplots()
    ax.bar([str(label) for label in range(len(counts))], counts)
    ax.set_ylabel("count")
    return ax
