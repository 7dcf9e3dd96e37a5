# Ignores the n_classes argument.
# loses: test_one_hot_n_classes
def one_hot(y, n_classes=None):
    y = np.asarray(y)
    return np.eye(int(y.max()) + 1, dtype=int)[y]
