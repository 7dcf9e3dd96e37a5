# np.digitize(..., right=True) on the inner edges (the same as searchsorted side="left"), and the
# per-bin means from np.unique's inverse and counts.
def calibration_curve(y_true, y_prob, n_bins=5):
    y_prob = np.asarray(y_prob, dtype=np.float64)
    y_true = np.asarray(y_true, dtype=np.float64)
    if np.any(y_prob < 0) or np.any(y_prob > 1):
        raise ValueError("y_prob must lie in [0, 1]")
    bins = np.digitize(y_prob, np.linspace(0, 1, n_bins + 1)[1:-1], right=True)
    used, inverse, counts = np.unique(bins, return_inverse=True, return_counts=True)
    positives = np.bincount(inverse, weights=y_true)
    probabilities = np.bincount(inverse, weights=y_prob)
    return positives / counts, probabilities / counts
