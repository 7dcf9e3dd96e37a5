# The plain mean of the precisions at all thresholds, not weighted by the recall steps.
# loses: test_average_precision, test_average_precision_ties, test_average_precision_no_positive
def average_precision(y_true, scores):
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    if not y.any():
        return 0.0
    order = np.argsort(-s, kind="stable")
    s_sorted = s[order]
    tp = np.cumsum(y[order])
    last = np.r_[s_sorted[1:] != s_sorted[:-1], True]
    return float(np.mean(tp[last] / (np.flatnonzero(last) + 1)))
