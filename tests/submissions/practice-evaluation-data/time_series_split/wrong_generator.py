# A generator, like scikit-learn's split(): the task asks for a list, and a generator raises its
# ValueError only when iterated, not when called.
# loses: test_time_series_split, test_time_series_split_options, test_time_series_split_errors
# says: expected a tuple of 3
def time_series_split(n_samples, n_splits=5, test_size=None, gap=0):
    if n_splits < 2 or n_splits + 1 > n_samples:
        raise ValueError("bad n_splits")
    if test_size is None:
        test_size = n_samples // (n_splits + 1)
    if n_samples - gap - n_splits * test_size <= 0:
        raise ValueError("too many splits")
    for s in range(n_samples - n_splits * test_size, n_samples, test_size):
        yield np.arange(s - gap), np.arange(s, s + test_size)
