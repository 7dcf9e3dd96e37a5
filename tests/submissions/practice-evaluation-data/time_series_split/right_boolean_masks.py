# Masks over a time axis: training is t < start - gap, test start <= t < start + size; indices from
# np.flatnonzero (int64 arrays in increasing order).
def time_series_split(n_samples, n_splits=5, test_size=None, gap=0):
    if n_splits < 2:
        raise ValueError("n_splits must be >= 2")
    if n_splits >= n_samples:
        raise ValueError("more folds than samples")
    size = test_size if test_size is not None else n_samples // (n_splits + 1)
    first = n_samples - n_splits * size
    if first - gap <= 0:
        raise ValueError("too many splits for the samples, test_size and gap")
    t = np.arange(n_samples)
    starts = first + size * np.arange(n_splits)
    return [(np.flatnonzero(t < s - gap), np.flatnonzero((t >= s) & (t < s + size))) for s in starts]
