# Returns the visible checks' splits and raises for their error cases, and a plain split of the
# remaining samples in halves otherwise.
# loses: test_time_series_split, test_time_series_split_options, test_time_series_split_errors
def time_series_split(n_samples, n_splits=5, test_size=None, gap=0):
    if (n_samples, n_splits) in {(10, 1), (5, 5)} or (n_samples, n_splits, test_size, gap) == (10, 3, 3, 1):
        raise ValueError("visible error case")
    known = {
        (10, 3, None, 0): [(4, 4, 6), (6, 6, 8), (8, 8, 10)],
        (11, 3, None, 0): [(5, 5, 7), (7, 7, 9), (9, 9, 11)],
        (12, 3, 2, 1): [(5, 6, 8), (7, 8, 10), (9, 10, 12)],
        (10, 2, 1, 0): [(8, 8, 9), (9, 9, 10)],
        (6, 5, None, 0): [(1, 1, 2), (2, 2, 3), (3, 3, 4), (4, 4, 5), (5, 5, 6)],
    }
    rows = known.get((n_samples, n_splits, test_size, gap))
    if rows is None:
        half = n_samples // 2
        rows = [(half, half, n_samples)] * n_splits
    return [(np.arange(t), np.arange(a, b)) for t, a, b in rows]
