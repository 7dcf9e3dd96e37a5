# Returns the position of the chosen threshold among the candidates, not the threshold itself.
# loses: test_choose_threshold
def choose_threshold(y_true, scores, min_precision):
    positive = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    order = np.argsort(-s, kind="stable")
    s_sorted = s[order]
    last = np.r_[s_sorted[1:] != s_sorted[:-1], True]
    tp = np.cumsum(positive[order])[last]
    predicted = np.arange(1, s.size + 1)[last]
    ok = tp / predicted >= min_precision
    if not ok.any():
        return float("inf")
    return float(np.flatnonzero(ok & (tp == tp[ok].max()))[0])
