# A loop over the levels with NumPy, bars at positions 0, 1, 2, ... with the levels set as tick
# labels by hand; the figure is closed so the notebook does not show it twice.
def plot_churn_rate(df, column):
    values = df[column].to_numpy()
    churn = df["churn"].to_numpy().astype(float)
    levels = sorted(set(values.tolist()), key=str)
    heights = [churn[values == level].mean() for level in levels]
    fig = plt.figure()
    ax = fig.add_subplot()
    ax.bar(range(len(levels)), heights, width=0.6)
    ax.set_xticks(range(len(levels)))
    ax.set_xticklabels([str(level) for level in levels])
    ax.set_ylabel("churn rate")
    plt.close(fig)
    return ax
