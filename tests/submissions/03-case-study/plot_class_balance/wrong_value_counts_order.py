# Labels from sorted(set(y)) but heights from value_counts() (most frequent first): each bar
# gets another class's count unless the majority class also sorts first.
# loses: test_plot_class_balance_labels
# says: the number of rows of that class
def plot_class_balance(y):
    labels = [str(label) for label in sorted(set(np.asarray(y).tolist()))]
    counts = pd.Series(np.asarray(y)).value_counts().to_numpy()
    fig, ax = plt.subplots()
    ax.bar(labels, counts)
    ax.set_ylabel("count")
    return ax
