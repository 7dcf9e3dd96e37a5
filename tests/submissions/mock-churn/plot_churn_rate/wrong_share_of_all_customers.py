# Churned customers of the level divided by ALL customers, not by the level's customers.
# loses: test_plot_churn_rate
def plot_churn_rate(df, column):
    shares = df.groupby(column)["churn"].sum() / len(df)
    fig, ax = plt.subplots()
    ax.bar([str(level) for level in shares.index], shares.to_numpy(dtype=float))
    ax.set_ylabel("churn rate")
    return ax
