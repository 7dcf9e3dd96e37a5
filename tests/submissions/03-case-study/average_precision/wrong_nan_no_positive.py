# No special case for no positive: recall = TP / 0 is NaN, so AP is NaN.
# loses: test_average_precision_no_positive
# says: NaN or infinite
# says: what you return when y_true has no positive
def average_precision(y_true, scores):
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    order = np.argsort(-s, kind="stable")
    s_sorted = s[order]
    tp = np.cumsum(y[order])
    last = np.r_[s_sorted[1:] != s_sorted[:-1], True]
    precision = tp[last] / (np.flatnonzero(last) + 1)
    recall = tp[last] / y.sum()
    return float(np.sum(np.diff(recall, prepend=0.0) * precision))
