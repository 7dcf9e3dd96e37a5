# The trapezoidal area under the precision-recall curve from (R, P) = (0, 1): interpolates
# linearly between points, which AP as scikit-learn defines it does not.
# loses: test_average_precision, test_average_precision_ties, test_average_precision_no_positive
# says: that is the trapezoidal area under the curve
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
    recall = np.r_[0.0, tp[last] / n_pos]
    return float(np.trapezoid(precision, recall))
