# Maximises precision instead of recall (among the qualifying thresholds, the most precise one).
# loses: test_choose_threshold
def choose_threshold(y_true, scores, min_precision):
    positive = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    order = np.argsort(-s, kind="stable")
    s_sorted = s[order]
    last = np.r_[s_sorted[1:] != s_sorted[:-1], True]
    thresholds = s_sorted[last]
    tp = np.cumsum(positive[order])[last]
    precision = tp / np.arange(1, s.size + 1)[last]
    ok = precision >= min_precision
    if not ok.any():
        return float("inf")
    return float(thresholds[ok & (precision == precision[ok].max())].min())
