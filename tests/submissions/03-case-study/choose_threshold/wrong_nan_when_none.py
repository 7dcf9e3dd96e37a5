# Returns NaN (the max of an empty selection, via np.nanmax-style code) when nothing qualifies.
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
    best = np.where(ok, tp, -1)
    chosen = np.where(ok & (best == best.max()), thresholds, np.nan)
    return float(np.nanmax(chosen)) if ok.any() else float("nan")
