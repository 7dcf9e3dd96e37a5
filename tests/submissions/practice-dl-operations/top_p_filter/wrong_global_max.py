# Subtracts one maximum for the whole array: a row far below it underflows to 0 / 0.
# loses: test_top_p_filter_stable
# says: one maximum for the whole array
def top_p_filter(logits, p):
    logits = np.asarray(logits, dtype=float)
    if p >= 1:
        return logits.copy()
    probs = np.exp(logits - logits.max())
    probs = probs / probs.sum(axis=-1, keepdims=True)
    order = np.argsort(-probs, axis=-1, kind="stable")
    ranked = np.take_along_axis(probs, order, axis=-1)
    keep = np.empty(logits.shape, dtype=bool)
    np.put_along_axis(keep, order, np.cumsum(ranked, axis=-1) - ranked < p, axis=-1)
    return np.where(keep, logits, -np.inf)
