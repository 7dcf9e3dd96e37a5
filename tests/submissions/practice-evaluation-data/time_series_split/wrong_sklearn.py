# scikit-learn's TimeSeriesSplit itself: right splits, but the question asks for NumPy.
# loses: test_time_series_split
# says: calls sklearn
def time_series_split(n_samples, n_splits=5, test_size=None, gap=0):
    from sklearn.model_selection import TimeSeriesSplit

    return list(TimeSeriesSplit(n_splits, test_size=test_size, gap=gap).split(np.zeros(n_samples)))
