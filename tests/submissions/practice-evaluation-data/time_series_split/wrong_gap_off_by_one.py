# Training ends at start - gap - 1: one sample more than the gap is left out.
# loses: test_time_series_split_options, test_time_series_split_errors
# says: the gap is exactly `gap` samples
def time_series_split(n_samples, n_splits=5, test_size=None, gap=0):
    if n_splits < 2 or n_splits + 1 > n_samples:
        raise ValueError("bad n_splits")
    if test_size is None:
        test_size = n_samples // (n_splits + 1)
    if n_samples - gap - n_splits * test_size <= 0:
        raise ValueError("too many splits")
    first = n_samples - n_splits * test_size
    return [(np.arange(s - gap - 1 if gap else s), np.arange(s, s + test_size)) for s in range(first, n_samples, test_size)]
