# Builds the windows backwards from the last sample with a while loop, then reverses them;
# the checks are written as one condition on the first split's training length.
def time_series_split(n_samples, n_splits=5, test_size=None, gap=0):
    if n_splits <= 1 or n_samples <= n_splits:
        raise ValueError("need 2 <= n_splits < n_samples")
    size = n_samples // (n_splits + 1) if test_size is None else test_size
    if n_samples - n_splits * size - gap < 1:
        raise ValueError("no training sample left for the first split")
    splits = []
    end = n_samples
    while len(splits) < n_splits:
        start = end - size
        splits.append((np.arange(0, start - gap), np.arange(start, end)))
        end = start
    return splits[::-1]
