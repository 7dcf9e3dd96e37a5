# pandas gotcha: y_true[order] is label-based on a Series; unseen while the index is 0..n-1.
# loses: test_choose_threshold
def choose_threshold(y_true, scores, min_precision):
    if isinstance(y_true, list):
        y_true = np.array(y_true)
    scores = np.asarray(scores, dtype=float)
    order = np.argsort(-scores, kind="stable")
    s = scores[order]
    last = np.r_[s[1:] != s[:-1], True]
    tp = np.cumsum(np.asarray(y_true[order]) == 1)[last]
    ok = tp / np.arange(1, len(s) + 1)[last] >= min_precision
    if not ok.any():
        return float("inf")
    return float(s[last][ok & (tp == tp[ok].max())].max())
