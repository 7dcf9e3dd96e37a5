# Rates computed from the churners' rows only: a level where nobody churned gets no bar.
# loses: test_plot_churn_rate_figures
def plot_churn_rate(df, column):
    churned = df[df["churn"] == 1][column].value_counts()
    rates = churned / df[column].value_counts().reindex(churned.index)
    fig, ax = plt.subplots()
    ax.bar([str(level) for level in rates.index], rates.to_numpy(dtype=float))
    ax.set_ylabel("churn rate")
    return ax
