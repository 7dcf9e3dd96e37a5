# pandas' own bar plot of the grouped means, sorted from the highest rate, on a new Axes.
def plot_churn_rate(df, column):
    rates = df.groupby(column)["churn"].mean().astype(float).sort_values(ascending=False)
    fig, ax = plt.subplots(figsize=(7, 3))
    rates.plot.bar(ax=ax, color="tab:orange", rot=0)
    ax.set_ylabel("churn rate")
    ax.set_xlabel(column)
    return ax
