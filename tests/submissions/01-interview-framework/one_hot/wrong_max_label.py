# Off by one: max(y) columns instead of max(y) + 1.
# loses: test_one_hot, test_one_hot_n_classes
def one_hot(y, n_classes=None):
    y = np.asarray(y)
    k = n_classes if n_classes is not None else int(y.max())
    return np.eye(max(k, 1), dtype=int)[np.minimum(y, max(k, 1) - 1)]
