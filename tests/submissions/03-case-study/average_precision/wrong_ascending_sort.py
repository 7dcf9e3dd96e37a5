# Sorts the scores ascending (np.argsort without the minus), so the thresholds run from the
# lowest score up: precision of the least suspicious samples first.
# loses: test_average_precision, test_average_precision_ties, test_average_precision_no_positive
def average_precision(y_true, scores):
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    n_pos = y.sum()
    if n_pos == 0:
        return 0.0
    order = np.argsort(s, kind="stable")
    s_sorted = s[order]
    tp = np.cumsum(y[order])
    last = np.r_[s_sorted[1:] != s_sorted[:-1], True]
    precision = tp[last] / (np.flatnonzero(last) + 1)
    recall = tp[last] / n_pos
    return float(np.sum(np.diff(recall, prepend=0.0) * precision))
