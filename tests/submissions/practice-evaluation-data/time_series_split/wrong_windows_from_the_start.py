# Places the windows right after the first block of test_size samples, so the samples left over
# by the division end up after the last window instead of in the first training set.
# loses: test_time_series_split
# says: the test windows end at the last sample
def time_series_split(n_samples, n_splits=5, test_size=None, gap=0):
    if n_splits < 2 or n_splits + 1 > n_samples:
        raise ValueError("bad n_splits")
    if test_size is None:
        test_size = n_samples // (n_splits + 1)
    if n_samples - gap - n_splits * test_size <= 0:
        raise ValueError("too many splits")
    starts = test_size * np.arange(1, n_splits + 1)
    return [(np.arange(s - gap), np.arange(s, s + test_size)) for s in starts]
