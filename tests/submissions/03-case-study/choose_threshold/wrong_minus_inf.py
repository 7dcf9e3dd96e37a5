# "No threshold qualifies" returned as -inf: a threshold of -inf declines every application.
# loses: test_choose_threshold_edge_cases
def choose_threshold(y_true, scores, min_precision):
    y_true = np.asarray(y_true)
    scores = np.asarray(scores, dtype=float)
    order = np.argsort(-scores, kind="stable")
    s = scores[order]
    last = np.r_[s[1:] != s[:-1], True]
    tp = np.cumsum(y_true[order] == 1)[last]
    ok = tp / np.arange(1, len(s) + 1)[last] >= min_precision
    if not ok.any():
        return -np.inf
    return float(s[last][ok & (tp == tp[ok].max())].max())
