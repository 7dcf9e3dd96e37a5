# Bins from floor(p * n_bins) with no clip at the top: a probability of 1 lands in an extra bin
# number n_bins (and inner edges go to the right).
# loses: test_calibration_curve_edges, test_calibration_curve_input
# says: 0 belongs to the first bin, 1 to the last
def calibration_curve(y_true, y_prob, n_bins=5):
    y_prob = np.asarray(y_prob, dtype=float)
    if np.any((y_prob < 0) | (y_prob > 1)):
        raise ValueError("outside [0, 1]")
    bins = np.floor(y_prob * n_bins).astype(int)
    count = np.bincount(bins, minlength=n_bins)
    hits = np.bincount(bins, weights=np.asarray(y_true, dtype=float), minlength=n_bins)
    total = np.bincount(bins, weights=y_prob, minlength=n_bins)
    filled = count > 0
    return hits[filled] / count[filled], total[filled] / count[filled]
