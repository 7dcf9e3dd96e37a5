# Writes -inf into the caller's logits and returns them.
# loses: test_top_p_filter_shapes
# says: modified its input
def top_p_filter(logits, p):
    if p >= 1:
        return logits
    probs = np.exp(logits - logits.max(axis=-1, keepdims=True))
    probs /= probs.sum(axis=-1, keepdims=True)
    order = np.argsort(-probs, axis=-1, kind="stable")
    ranked = np.take_along_axis(probs, order, axis=-1)
    keep = np.empty(logits.shape, dtype=bool)
    np.put_along_axis(keep, order, np.cumsum(ranked, axis=-1) - ranked < p, axis=-1)
    logits[~keep] = -np.inf
    return logits
