# Walks down from the highest score and stops at the first threshold whose precision fails,
# as if precision fell monotonically (vectorised with a cumulative product).
# loses: test_choose_threshold
# says: precision is not monotone
def choose_threshold(y_true, scores, min_precision):
    positive = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    order = np.argsort(-s, kind="stable")
    s_sorted = s[order]
    last = np.r_[s_sorted[1:] != s_sorted[:-1], True]
    thresholds = s_sorted[last]
    tp = np.cumsum(positive[order])[last]
    predicted = np.arange(1, s.size + 1)[last]
    still_ok = np.cumprod(tp / predicted >= min_precision).astype(bool)
    if not still_ok.any():
        return float("inf")
    return float(thresholds[still_ok][-1])
