# A Python loop over the distinct scores from the highest down, each an O(n) pass: right
# values, O(n^2).
# loses: test_average_precision_vectorised
# says: Python loop
# says: over the samples or thresholds
def average_precision(y_true, scores):
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    n_pos = y.sum()
    if n_pos == 0:
        return 0.0
    ap, previous_recall = 0.0, 0.0
    for threshold in np.unique(s)[::-1]:
        flagged = s >= threshold
        tp = (flagged & y).sum()
        recall = tp / n_pos
        ap += (recall - previous_recall) * tp / flagged.sum()
        previous_recall = recall
    return float(ap)
