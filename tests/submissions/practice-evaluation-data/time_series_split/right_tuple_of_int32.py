# Returns a tuple of pairs of int32 ranges (np.arange with a dtype), test windows from reshape.
def time_series_split(n_samples, n_splits=5, test_size=None, gap=0):
    n_folds = n_splits + 1
    if n_splits < 2 or n_folds > n_samples:
        raise ValueError("bad n_splits")
    size = n_samples // n_folds if test_size is None else test_size
    if n_samples - gap - size * n_splits <= 0:
        raise ValueError("too many splits")
    windows = np.arange(n_samples - size * n_splits, n_samples, dtype=np.int32).reshape(n_splits, size)
    return tuple((np.arange(w[0] - gap, dtype=np.int32), w) for w in windows)
