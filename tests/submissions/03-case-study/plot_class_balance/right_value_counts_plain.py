# pandas: value_counts sorted by label, then Series.plot.bar on a new Axes, relying on pandas'
# own tick labels (the index, as text).
def plot_class_balance(y):
    counts = pd.Series(y).value_counts().sort_index()
    fig, ax = plt.subplots()
    counts.plot.bar(ax=ax)
    ax.set_ylabel("number of rows")
    return ax
