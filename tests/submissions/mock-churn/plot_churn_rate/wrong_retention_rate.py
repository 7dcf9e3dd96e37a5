# The share of customers who stayed (1 - churn rate).
# loses: test_plot_churn_rate
# says: stayed
def plot_churn_rate(df, column):
    stayed = 1 - df.groupby(column)["churn"].mean()
    fig, ax = plt.subplots()
    ax.bar([str(level) for level in stayed.index], stayed.to_numpy(dtype=float))
    ax.set_ylabel("retention rate")
    return ax
