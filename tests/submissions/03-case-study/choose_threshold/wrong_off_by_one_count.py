# Counts the predicted positives with np.arange(len(scores)) (0-based) instead of 1..n: every
# precision comes out too high (the first one divides by zero and is inf).
# loses: test_choose_threshold
def choose_threshold(y_true, scores, min_precision):
    positive = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    order = np.argsort(-s, kind="stable")
    s_sorted = s[order]
    last = np.r_[s_sorted[1:] != s_sorted[:-1], True]
    thresholds = s_sorted[last]
    tp = np.cumsum(positive[order])[last]
    predicted = np.arange(s.size)[last]
    with np.errstate(divide="ignore", invalid="ignore"):
        ok = tp / predicted >= min_precision
    if not ok.any():
        return float("inf")
    return float(thresholds[ok & (tp == tp[ok].max())].max())
