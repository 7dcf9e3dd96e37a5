# One boolean mask per bin, (left, right] with 0 added to the first, means with .mean(); bins
# with no sample are skipped.
def calibration_curve(y_true, y_prob, n_bins=5):
    y_true = np.asarray(y_true)
    y_prob = np.asarray(y_prob)
    if ((y_prob < 0) | (y_prob > 1)).any():
        raise ValueError("y_prob outside [0, 1]")
    edges = np.linspace(0, 1, n_bins + 1)
    prob_true, prob_pred = [], []
    for i in range(n_bins):
        mask = (y_prob > edges[i]) & (y_prob <= edges[i + 1])
        if i == 0:
            mask |= y_prob == 0
        if mask.any():
            prob_true.append(y_true[mask].mean())
            prob_pred.append(y_prob[mask].mean())
    return np.array(prob_true, dtype=float), np.array(prob_pred, dtype=float)
