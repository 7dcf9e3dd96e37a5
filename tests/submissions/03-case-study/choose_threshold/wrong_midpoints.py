# Uses midpoints between consecutive distinct scores as candidates (as a tree split would),
# plus the lowest score: the same decisions, but the returned value is not one of the scores.
# loses: test_choose_threshold
def choose_threshold(y_true, scores, min_precision):
    positive = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    order = np.argsort(-s, kind="stable")
    s_sorted = s[order]
    last = np.r_[s_sorted[1:] != s_sorted[:-1], True]
    distinct = s_sorted[last]
    thresholds = np.r_[(distinct[:-1] + distinct[1:]) / 2, distinct[-1]]
    tp = np.cumsum(positive[order])[last]
    predicted = np.arange(1, s.size + 1)[last]
    ok = tp / predicted >= min_precision
    if not ok.any():
        return float("inf")
    return float(thresholds[ok & (tp == tp[ok].max())].max())
