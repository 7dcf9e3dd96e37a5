# Splits right, but never raises: impossible settings come back as empty or overlapping sets.
# loses: test_time_series_split_errors
# says: expected ValueError
def time_series_split(n_samples, n_splits=5, test_size=None, gap=0):
    if test_size is None:
        test_size = n_samples // (n_splits + 1)
    first = n_samples - n_splits * test_size
    return [(np.arange(max(s - gap, 0)), np.arange(s, s + test_size)) for s in first + test_size * np.arange(n_splits)]
