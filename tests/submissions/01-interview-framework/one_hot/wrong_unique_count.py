# Counts the distinct labels instead of max(y) + 1: breaks when a label is absent.
# loses: test_one_hot_n_classes
def one_hot(y, n_classes=None):
    y = np.asarray(y)
    classes = np.unique(y)
    k = n_classes if n_classes is not None else len(classes)
    Y = np.zeros((len(y), k), dtype=int)
    Y[np.arange(len(y)), np.searchsorted(classes, y) if n_classes is None else y] = 1
    return Y
