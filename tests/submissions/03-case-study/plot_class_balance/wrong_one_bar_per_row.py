# One bar per row (ax.bar(y_as_text, 1)): bars for the same label stack on one spot, each
# of height 1, instead of one bar per class.
# loses: test_plot_class_balance, test_plot_class_balance_labels
def plot_class_balance(y):
    fig, ax = plt.subplots()
    ax.bar([str(label) for label in np.asarray(y)], 1)
    ax.set_ylabel("count")
    return ax
