# Returns None when no threshold reaches the precision floor, instead of inf.
# loses: test_choose_threshold_edge_cases
# says: expected inf
def choose_threshold(y_true, scores, min_precision):
    positive = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    order = np.argsort(-s, kind="stable")
    s_sorted = s[order]
    last = np.r_[s_sorted[1:] != s_sorted[:-1], True]
    thresholds = s_sorted[last]
    tp = np.cumsum(positive[order])[last]
    predicted = np.arange(1, s.size + 1)[last]
    ok = tp / predicted >= min_precision
    if not ok.any():
        return None
    return float(thresholds[ok & (tp == tp[ok].max())].max())
