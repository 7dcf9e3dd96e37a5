# Bin number from ceil(p * n_bins) - 1 (so an edge goes left), with 0 clipped into bin 0; np.add.at
# for the sums, then a mask of the filled bins.
def calibration_curve(y_true, y_prob, n_bins=5):
    y_prob = np.asarray(y_prob, dtype=float)
    if y_prob.min() < 0 or y_prob.max() > 1:
        raise ValueError("probabilities must be in [0, 1]")
    bins = np.clip(np.ceil(y_prob * n_bins).astype(int) - 1, 0, n_bins - 1)
    count = np.zeros(n_bins)
    hits = np.zeros(n_bins)
    total = np.zeros(n_bins)
    np.add.at(count, bins, 1)
    np.add.at(hits, bins, np.asarray(y_true, dtype=float))
    np.add.at(total, bins, y_prob)
    filled = count > 0
    return hits[filled] / count[filled], total[filled] / count[filled]
