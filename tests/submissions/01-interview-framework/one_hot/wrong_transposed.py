# Returns (n_classes, n): one column per sample.
# loses: test_one_hot
def one_hot(y, n_classes=None):
    y = np.asarray(y)
    k = n_classes if n_classes is not None else int(y.max()) + 1
    return (np.arange(k)[:, None] == y[None, :]).astype(int)
