# Sorts the logits themselves (the same order as the probabilities; a stable sort of minus the
# logits puts equal ones by index), and the mass before each token from an exclusive cumsum.
def top_p_filter(logits, p):
    logits = np.asarray(logits, dtype=float)
    if p == 1:
        return np.copy(logits)
    order = np.argsort(-logits, axis=-1, kind="mergesort")
    sorted_logits = np.take_along_axis(logits, order, axis=-1)
    weights = np.exp(sorted_logits - sorted_logits[..., :1])
    probs = weights / weights.sum(axis=-1, keepdims=True)
    before = np.concatenate([np.zeros_like(probs[..., :1]), np.cumsum(probs, axis=-1)[..., :-1]], axis=-1)
    filtered_sorted = np.where(before < p, sorted_logits, -np.inf)
    out = np.empty_like(logits)
    np.put_along_axis(out, order, filtered_sorted, axis=-1)
    return out
