# Broadcast comparison, returned as a boolean array (True and False are 1 and 0).
def one_hot(y, n_classes=None):
    y = np.asarray(y)
    if n_classes is None:
        n_classes = y.max() + 1
    return y[:, None] == np.arange(n_classes)[None, :]
