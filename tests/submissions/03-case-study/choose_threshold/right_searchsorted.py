# Sorts the scores once ascending; for each distinct score, searchsorted counts the rows below
# it, so predicted = n - below; tp from a cumulative count of positives in the same order.
# Ties in recall are broken by the highest precision, which is the same as the highest
# threshold (same tp, fewer predicted).
def choose_threshold(y_true, scores, min_precision):
    y = np.asarray(y_true).astype(int)
    s = np.asarray(scores, dtype=float)
    order = np.argsort(s, kind="mergesort")
    s_sorted, y_sorted = s[order], y[order]
    candidates = np.unique(s_sorted)
    below = np.searchsorted(s_sorted, candidates, side="left")
    positives_below = np.r_[0, np.cumsum(y_sorted)][below]
    predicted = s.size - below
    tp = y.sum() - positives_below
    precision = tp / predicted
    recall = tp / y.sum()
    ok = precision >= min_precision
    if not np.any(ok):
        return float("inf")
    # lexsort: last key is primary -> the best recall, then the best precision
    best = np.lexsort((precision[ok], recall[ok]))[-1]
    return float(candidates[ok][best])
