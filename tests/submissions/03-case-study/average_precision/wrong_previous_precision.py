# Left rectangles: each recall step weighted by the precision of the previous threshold
# (P_k-1, starting from 1) instead of P_k, so AP comes out too high.
# loses: test_average_precision, test_average_precision_ties, test_average_precision_no_positive
def average_precision(y_true, scores):
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    n_pos = y.sum()
    if n_pos == 0:
        return 0.0
    order = np.argsort(-s, kind="stable")
    s_sorted = s[order]
    tp = np.cumsum(y[order])
    last = np.r_[s_sorted[1:] != s_sorted[:-1], True]
    precision = np.r_[1.0, tp[last] / (np.flatnonzero(last) + 1)]
    recall = tp[last] / n_pos
    return float(np.sum(np.diff(recall, prepend=0.0) * precision[:-1]))
