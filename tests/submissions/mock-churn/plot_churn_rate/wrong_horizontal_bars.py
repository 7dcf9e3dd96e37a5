# Horizontal bars (barh): the levels end up on the y axis.
# loses: test_plot_churn_rate
def plot_churn_rate(df, column):
    rates = df.groupby(column)["churn"].mean()
    fig, ax = plt.subplots()
    ax.barh([str(level) for level in rates.index], rates.to_numpy(dtype=float))
    ax.set_xlabel("churn rate")
    ax.set_ylabel(column)
    return ax
