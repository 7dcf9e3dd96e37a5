# One ax.bar call per class (a loop over the few classes, not the rows), each with its own
# colour and its count written on top, the y axis labelled "count".
def plot_class_balance(y):
    y = np.asarray(y)
    fig, ax = plt.subplots(figsize=(5, 3))
    for i, label in enumerate(np.unique(y)):
        count = int(np.sum(y == label))
        bar = ax.bar(str(label), count, color=f"C{i % 10}")
        ax.bar_label(bar, labels=[f"{count} ({count / y.size:.0%})"])
    ax.set_ylabel("count")
    return ax
