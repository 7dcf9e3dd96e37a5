# Counts from np.unique (numeric order) but tick labels sorted as text ("12" < "3" < "7"):
# the bars get mislabelled when the labels have different numbers of digits.
# loses: test_plot_class_balance_labels
def plot_class_balance(y):
    values, counts = np.unique(np.asarray(y), return_counts=True)
    labels = sorted(str(value) for value in values)
    fig, ax = plt.subplots()
    ax.bar(labels, counts)
    ax.set_ylabel("count")
    return ax
