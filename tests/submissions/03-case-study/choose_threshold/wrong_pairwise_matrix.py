# No Python loop, but a candidates x rows comparison matrix: O(n^2) time and memory.
# loses: test_choose_threshold_vectorised
# says: would not scale
def choose_threshold(y_true, scores, min_precision):
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    candidates = np.unique(s)
    flagged = s[None, :] >= candidates[:, None]
    predicted = flagged.sum(axis=1)
    tp = (flagged & y[None, :]).sum(axis=1)
    ok = tp / predicted >= min_precision
    if not ok.any():
        return float("inf")
    return float(candidates[ok & (tp == tp[ok].max())].max())
