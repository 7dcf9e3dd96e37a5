# Assumes the labels are 0 and 1: always two bars, "0" and "1".
# loses: test_plot_class_balance_labels
def plot_class_balance(y):
    y = np.asarray(y)
    fig, ax = plt.subplots()
    ax.bar(["0", "1"], [np.sum(y == 0), np.sum(y == 1)])
    ax.set_ylabel("count")
    return ax
