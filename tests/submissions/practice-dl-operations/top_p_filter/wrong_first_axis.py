# Works along axis 0 (the batch) instead of the last axis: right for 1-D logits only.
# loses: test_top_p_filter, test_top_p_filter_shapes
def top_p_filter(logits, p):
    logits = np.asarray(logits, dtype=float)
    if p >= 1:
        return logits.copy()
    probs = np.exp(logits - logits.max(axis=0, keepdims=True))
    probs /= probs.sum(axis=0, keepdims=True)
    order = np.argsort(-probs, axis=0, kind="stable")
    ranked = np.take_along_axis(probs, order, axis=0)
    keep = np.empty(logits.shape, dtype=bool)
    np.put_along_axis(keep, order, np.cumsum(ranked, axis=0) - ranked < p, axis=0)
    return np.where(keep, logits, -np.inf)
