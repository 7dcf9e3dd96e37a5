# Weighs the false-positive and false-negative RATES instead of their counts.
# loses: test_choose_threshold_for_cost
def choose_threshold_for_cost(y_true, scores, cost_fp, cost_fn):
    t, s = np.asarray(y_true), np.asarray(scores, dtype=float)
    negatives, positives = max(np.sum(t == 0), 1), max(np.sum(t == 1), 1)
    best = None
    for c in [np.inf, *np.unique(s)[::-1]]:
        called = s >= c
        cost = (
            cost_fp * np.sum(called & (t == 0)) / negatives
            + cost_fn * np.sum(~called & (t == 1)) / positives
        )
        if best is None or cost < best[0]:
            best = (cost, c)
    return float(best[1])
