# np.histogram's bins: [left, right) except the last, [left, right]; inner edges go right.
# loses: test_calibration_curve_edges
# says: the bins are (left, right]
def calibration_curve(y_true, y_prob, n_bins=5):
    y_prob = np.asarray(y_prob, dtype=float)
    if np.any((y_prob < 0) | (y_prob > 1)):
        raise ValueError("outside [0, 1]")
    edges = np.linspace(0, 1, n_bins + 1)
    count, _ = np.histogram(y_prob, bins=edges)
    hits, _ = np.histogram(y_prob, bins=edges, weights=np.asarray(y_true, dtype=float))
    total, _ = np.histogram(y_prob, bins=edges, weights=y_prob)
    filled = count > 0
    return hits[filled] / count[filled], total[filled] / count[filled]
