# collections.Counter counts each label; bars at the labels' text (categorical x axis), in the
# order the labels first appear.
from collections import Counter


def plot_class_balance(y):
    counts = Counter(np.asarray(y).tolist())
    fig, ax = plt.subplots()
    names = [str(label) for label in counts]
    ax.bar(names, list(counts.values()))
    ax.set_ylabel("rows")
    ax.set_xlabel("class")
    return ax
