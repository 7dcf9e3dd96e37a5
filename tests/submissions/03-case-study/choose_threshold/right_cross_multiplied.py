# Compares tp >= min_precision * predicted (no division), sorts ascending with np.sort and
# reads the counts "at or above" each distinct score from reversed cumulative sums; the answer
# is the last qualifying candidate in descending order of (tp, threshold) via np.lexsort.
def choose_threshold(y_true, scores, min_precision):
    s = np.asarray(scores, dtype=float)
    y = (np.asarray(y_true) == 1).astype(np.int64)
    order = np.argsort(s)
    s_sorted, y_sorted = s[order], y[order]
    first = np.r_[True, s_sorted[1:] != s_sorted[:-1]]        # first row of each distinct score
    at_or_above = np.cumsum(y_sorted[::-1])[::-1]              # positives with score >= s_sorted[i]
    rows_at_or_above = np.arange(s.size, 0, -1)
    tp, predicted, candidates = at_or_above[first], rows_at_or_above[first], s_sorted[first]
    ok = tp >= min_precision * predicted
    if not ok.any():
        return float("inf")
    best = np.lexsort((candidates[ok], tp[ok]))[-1]
    return float(candidates[ok][best])
