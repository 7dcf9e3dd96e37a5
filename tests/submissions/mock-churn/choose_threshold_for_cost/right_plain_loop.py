# A plain loop over the candidates from the top (inf first); a later candidate replaces the best
# only when strictly cheaper, so ties keep the highest threshold.
def choose_threshold_for_cost(y_true, scores, cost_fp, cost_fn):
    labels = [int(v) for v in np.asarray(y_true)]
    values = [float(v) for v in np.asarray(scores)]
    best_cost, best_threshold = None, None
    for threshold in [float("inf")] + sorted(set(values), reverse=True):
        fp = sum(1 for v, label in zip(values, labels) if v >= threshold and label == 0)
        fn = sum(1 for v, label in zip(values, labels) if v < threshold and label == 1)
        cost = cost_fp * fp + cost_fn * fn
        if best_cost is None or cost < best_cost:
            best_cost, best_threshold = cost, threshold
    return best_threshold
