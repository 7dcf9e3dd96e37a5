# Converts the churn column in place: the caller's data frame is changed.
# loses: test_plot_churn_rate_figures
# says: changed the data frame
def plot_churn_rate(df, column):
    df["churn"] = df["churn"].astype(float)
    rates = df.groupby(column)["churn"].mean()
    fig, ax = plt.subplots()
    ax.bar([str(level) for level in rates.index], rates.to_numpy())
    ax.set_ylabel("churn rate")
    return ax
