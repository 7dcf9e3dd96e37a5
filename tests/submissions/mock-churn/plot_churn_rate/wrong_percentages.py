# Churn rates in percent (0 to 100); the task asks for fractions between 0 and 1.
# loses: test_plot_churn_rate
# says: percentages
def plot_churn_rate(df, column):
    rates = df.groupby(column)["churn"].mean() * 100
    fig, ax = plt.subplots()
    ax.bar([str(level) for level in rates.index], rates.to_numpy(dtype=float))
    ax.set_ylabel("churn rate (%)")
    return ax
