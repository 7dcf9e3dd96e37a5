# Among candidates of equal cost, keeps the lowest threshold (np.argmin over ascending candidates).
# loses: test_choose_threshold_for_cost_edge_cases
# says: HIGHEST threshold
def choose_threshold_for_cost(y_true, scores, cost_fp, cost_fn):
    t, s = np.asarray(y_true), np.asarray(scores, dtype=float)
    candidates = np.r_[np.unique(s), np.inf]
    costs = [
        cost_fp * np.sum((s >= c) & (t == 0)) + cost_fn * np.sum((s < c) & (t == 1))
        for c in candidates
    ]
    return float(candidates[int(np.argmin(costs))])
