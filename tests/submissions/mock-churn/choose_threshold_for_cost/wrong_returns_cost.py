# Returns the least cost instead of the threshold that reaches it.
# loses: test_choose_threshold_for_cost, test_choose_threshold_for_cost_edge_cases
def choose_threshold_for_cost(y_true, scores, cost_fp, cost_fn):
    t, s = np.asarray(y_true), np.asarray(scores, dtype=float)
    costs = [
        cost_fp * np.sum((s >= c) & (t == 0)) + cost_fn * np.sum((s < c) & (t == 1))
        for c in [np.inf, *np.unique(s)]
    ]
    return float(min(costs))
