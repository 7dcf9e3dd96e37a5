# value_counts of the column: how many customers each level has, whatever their churn.
# loses: test_plot_churn_rate
# says: count the customers of each level
def plot_churn_rate(df, column):
    counts = df[column].value_counts()
    fig, ax = plt.subplots()
    ax.bar([str(level) for level in counts.index], counts.to_numpy(dtype=float))
    ax.set_ylabel("customers")
    return ax
