# One candidate per ROW of the sorted order: tied scores are split, as if part of a tie could
# be called without the rest.
# loses: test_choose_threshold_for_cost_edge_cases
def choose_threshold_for_cost(y_true, scores, cost_fp, cost_fn):
    t, s = np.asarray(y_true), np.asarray(scores, dtype=float)
    order = np.argsort(-s, kind="stable")
    tp = np.r_[0, np.cumsum(t[order] == 1)]
    called = np.arange(len(s) + 1)
    cost = cost_fp * (called - tp) + cost_fn * (tp[-1] - tp)
    thresholds = np.r_[np.inf, s[order]]
    return float(thresholds[cost == cost.min()].max())
