# Ascending distinct scores with np.searchsorted: how many negatives and positives score at or
# above each candidate; the last index of the least cost is the highest threshold.
def choose_threshold_for_cost(y_true, scores, cost_fp, cost_fn):
    t = np.asarray(y_true).astype(int)
    s = np.asarray(scores, dtype=float)
    candidates = np.append(np.unique(s), np.inf)
    negatives, positives = np.sort(s[t == 0]), np.sort(s[t == 1])
    fp = len(negatives) - np.searchsorted(negatives, candidates, side="left")
    fn = np.searchsorted(positives, candidates, side="left")
    cost = cost_fp * fp + cost_fn * fn
    return float(candidates[np.flatnonzero(cost == cost.min())[-1]])
