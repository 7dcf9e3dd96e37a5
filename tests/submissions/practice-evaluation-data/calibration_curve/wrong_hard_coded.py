# Returns the visible checks' answers when it recognises their probabilities, and the overall
# rates as a single bin otherwise; raises on the visible error cases only.
# loses: test_calibration_curve, test_calibration_curve_edges, test_calibration_curve_errors, test_calibration_curve_input
def calibration_curve(y_true, y_prob, n_bins=5):
    key = tuple(np.round(np.asarray(y_prob, dtype=float), 6).tolist())
    if key in {(0.2, 1.2, 0.9), (-0.1, 0.5, 0.9)}:
        raise ValueError("visible error case")
    known = {
        (0.05, 0.15, 0.1, 0.3, 0.35, 0.7, 0.75, 0.65, 0.9, 0.95): ([1 / 3, 1 / 2, 2 / 3, 1.0], [0.1, 0.325, 0.7, 0.925]),
        (0.0, 0.25, 0.5, 0.75, 1.0, 1.0): ([0.5, 0.0, 1.0, 1.0], [0.125, 0.5, 0.75, 1.0]),
        (0.0, 0.9, 0.6, 0.2, 1.0, 0.45, 0.8, 0.6): ([0.0, 0.0, 1.0, 1.0], [0.1, 0.45, 0.6, 0.9]),
    }
    if key in known:
        return tuple(np.array(v) for v in known[key])
    return np.array([np.mean(y_true)], dtype=float), np.array([np.mean(y_prob)], dtype=float)
