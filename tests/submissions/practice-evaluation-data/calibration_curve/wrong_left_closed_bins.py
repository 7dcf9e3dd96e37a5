# Bins [left, right) from floor(p * n_bins) (1 clipped into the last bin): a probability on an
# inner edge goes to the bin on its right.
# loses: test_calibration_curve_edges
# says: the bins are (left, right]
def calibration_curve(y_true, y_prob, n_bins=5):
    y_prob = np.asarray(y_prob, dtype=float)
    if np.any((y_prob < 0) | (y_prob > 1)):
        raise ValueError("outside [0, 1]")
    bins = np.minimum(np.floor(y_prob * n_bins).astype(int), n_bins - 1)
    count = np.bincount(bins, minlength=n_bins)
    hits = np.bincount(bins, weights=np.asarray(y_true, dtype=float), minlength=n_bins)
    total = np.bincount(bins, weights=y_prob, minlength=n_bins)
    filled = count > 0
    return hits[filled] / count[filled], total[filled] / count[filled]
