# No special case for p = 1: the first position where the cumulative sum reaches p decides, so
# tokens of probability 0 (or a sum ending a hair below 1.0) are lost.
# loses: test_top_p_filter_edge_cases
# says: p = 1 keeps every token
def top_p_filter(logits, p):
    logits = np.asarray(logits, dtype=float)
    probs = np.exp(logits - logits.max(axis=-1, keepdims=True))
    probs /= probs.sum(axis=-1, keepdims=True)
    order = np.argsort(-probs, axis=-1, kind="stable")
    cumulative = np.cumsum(np.take_along_axis(probs, order, axis=-1), axis=-1)
    n_kept = np.argmax(cumulative >= p, axis=-1)[..., None] + 1  # argmax of all-False is 0
    keep = np.empty(logits.shape, dtype=bool)
    np.put_along_axis(keep, order, np.arange(logits.shape[-1]) < n_kept, axis=-1)
    return np.where(keep, logits, -np.inf)
