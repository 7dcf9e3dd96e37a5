# Bars as tall as the number of churned customers of each level, not their rate.
# loses: test_plot_churn_rate
# says: count the churned customers
def plot_churn_rate(df, column):
    counts = df.groupby(column)["churn"].sum()
    fig, ax = plt.subplots()
    ax.bar([str(level) for level in counts.index], counts.to_numpy(dtype=float))
    ax.set_ylabel("churned customers")
    return ax
