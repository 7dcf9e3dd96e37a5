# Returns (prob_pred, prob_true): the x and y of the diagram swapped.
# loses: test_calibration_curve, test_calibration_curve_edges, test_calibration_curve_input
# says: the two are swapped
def calibration_curve(y_true, y_prob, n_bins=5):
    y_prob = np.asarray(y_prob, dtype=float)
    if np.any((y_prob < 0) | (y_prob > 1)):
        raise ValueError("outside [0, 1]")
    bins = np.searchsorted(np.linspace(0, 1, n_bins + 1)[1:-1], y_prob)
    count = np.bincount(bins, minlength=n_bins)
    hits = np.bincount(bins, weights=np.asarray(y_true, dtype=float), minlength=n_bins)
    total = np.bincount(bins, weights=y_prob, minlength=n_bins)
    filled = count > 0
    return total[filled] / count[filled], hits[filled] / count[filled]
