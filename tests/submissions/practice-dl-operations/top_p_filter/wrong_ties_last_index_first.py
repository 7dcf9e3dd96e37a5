# Sorts ascending and reverses: equal probabilities come out with the higher index first.
# loses: test_top_p_filter_edge_cases
# says: ranked by index, lower first
def top_p_filter(logits, p):
    logits = np.asarray(logits, dtype=float)
    if p >= 1:
        return logits.copy()
    probs = np.exp(logits - logits.max(axis=-1, keepdims=True))
    probs /= probs.sum(axis=-1, keepdims=True)
    order = np.argsort(probs, axis=-1, kind="stable")[..., ::-1]
    ranked = np.take_along_axis(probs, order, axis=-1)
    keep = np.empty(logits.shape, dtype=bool)
    np.put_along_axis(keep, order, np.cumsum(ranked, axis=-1) - ranked < p, axis=-1)
    return np.where(keep, logits, -np.inf)
