# pandas: value_counts (most frequent first), drawn with Series.plot.bar on a new Axes, the
# shares written on the bars.
def plot_class_balance(y):
    counts = pd.Series(np.asarray(y)).value_counts()
    fig, ax = plt.subplots()
    counts.plot.bar(ax=ax, rot=0, color="tab:blue")
    ax.set_xticks(range(len(counts)), [str(label) for label in counts.index])
    ax.bar_label(ax.containers[0], labels=[f"{share:.0%}" for share in counts / counts.sum()])
    ax.set_ylabel("count")
    return ax
