# pandas value_counts().plot.bar() without ax=: pandas reuses the current Axes, so bars pile
# up across calls.
# loses: test_plot_class_balance, test_plot_class_balance_labels
def plot_class_balance(y):
    ax = pd.Series(y).value_counts().sort_index().plot.bar()
    ax.set_ylabel("count")
    return ax
