# Moves exact zeros to 1e-12 in the caller's y_prob so that (left, right] bins catch them: right
# numbers, but the input is modified.
# loses: test_calibration_curve_input
# says: modified its input `y_prob` in place
def calibration_curve(y_true, y_prob, n_bins=5):
    if np.any((y_prob < 0) | (y_prob > 1)):
        raise ValueError("outside [0, 1]")
    y_prob[y_prob == 0] = 1e-12
    edges = np.linspace(0, 1, n_bins + 1)
    bins = np.searchsorted(edges, y_prob) - 1
    count = np.bincount(bins, minlength=n_bins)
    hits = np.bincount(bins, weights=np.asarray(y_true, dtype=float), minlength=n_bins)
    total = np.bincount(bins, weights=y_prob, minlength=n_bins)
    filled = count > 0
    return hits[filled] / count[filled], total[filled] / count[filled]
