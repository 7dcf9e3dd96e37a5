# cost_fn on the false positives and cost_fp on the false negatives.
# loses: test_choose_threshold_for_cost
# says: order of the two costs
def choose_threshold_for_cost(y_true, scores, cost_fp, cost_fn):
    t, s = np.asarray(y_true), np.asarray(scores, dtype=float)
    best = None
    for c in [np.inf, *np.unique(s)[::-1]]:
        called = s >= c
        cost = cost_fn * np.sum(called & (t == 0)) + cost_fp * np.sum(~called & (t == 1))
        if best is None or cost < best[0]:
            best = (cost, c)
    return float(best[1])
