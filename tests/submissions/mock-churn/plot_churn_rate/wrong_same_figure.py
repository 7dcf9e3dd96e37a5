# Draws on the current Axes (plt.gca()), so a second call adds its bars to the first plot.
# loses: test_plot_churn_rate_figures
# says: new figure
def plot_churn_rate(df, column):
    rates = df.groupby(column)["churn"].mean()
    ax = plt.gca()
    ax.bar([str(level) for level in rates.index], rates.to_numpy(dtype=float))
    ax.set_ylabel("churn rate")
    return ax
