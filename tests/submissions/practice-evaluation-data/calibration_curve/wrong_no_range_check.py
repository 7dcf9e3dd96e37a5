# Never checks the range: scores outside [0, 1] are clipped into the end bins instead of refused.
# loses: test_calibration_curve_errors
# says: expected ValueError
def calibration_curve(y_true, y_prob, n_bins=5):
    y_prob = np.asarray(y_prob, dtype=float)
    bins = np.searchsorted(np.linspace(0, 1, n_bins + 1)[1:-1], y_prob)
    count = np.bincount(bins, minlength=n_bins)
    hits = np.bincount(bins, weights=np.asarray(y_true, dtype=float), minlength=n_bins)
    total = np.bincount(bins, weights=y_prob, minlength=n_bins)
    filled = count > 0
    return hits[filled] / count[filled], total[filled] / count[filled]
