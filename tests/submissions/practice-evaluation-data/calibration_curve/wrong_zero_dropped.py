# Strict (left, right] for every bin, the first included: a probability of exactly 0 falls in
# no bin and is dropped.
# loses: test_calibration_curve_edges, test_calibration_curve_input
# says: a probability of exactly 0 belongs to the first bin
def calibration_curve(y_true, y_prob, n_bins=5):
    y_true, y_prob = np.asarray(y_true, dtype=float), np.asarray(y_prob, dtype=float)
    if np.any((y_prob < 0) | (y_prob > 1)):
        raise ValueError("outside [0, 1]")
    edges = np.linspace(0, 1, n_bins + 1)
    inside = (y_prob[:, None] > edges[:-1]) & (y_prob[:, None] <= edges[1:])
    count = inside.sum(axis=0)
    filled = count > 0
    return (y_true @ inside)[filled] / count[filled], (y_prob @ inside)[filled] / count[filled]
