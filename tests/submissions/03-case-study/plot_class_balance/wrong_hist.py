# ax.hist of the labels with two bins: bar heights are counts, but the bins sit between the
# classes and the ticks are numbers, not class names; text labels break it too.
# loses: test_plot_class_balance, test_plot_class_balance_labels
def plot_class_balance(y):
    fig, ax = plt.subplots()
    ax.hist(np.asarray(y), bins=2)
    ax.set_ylabel("count")
    return ax
