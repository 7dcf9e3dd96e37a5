# Finds the smallest kept probability and keeps every token at least that likely: all the tokens
# tied at the cut stay, not only the first ones by index.
# loses: test_top_p_filter_edge_cases
# says: keep only as many of them as the prefix needs
def top_p_filter(logits, p):
    logits = np.asarray(logits, dtype=float)
    if p >= 1:
        return logits.copy()
    probs = np.exp(logits - logits.max(axis=-1, keepdims=True))
    probs /= probs.sum(axis=-1, keepdims=True)
    ranked = -np.sort(-probs, axis=-1)
    n_kept = (np.cumsum(ranked, axis=-1) - ranked < p).sum(axis=-1, keepdims=True)
    cutoff = np.take_along_axis(ranked, n_kept - 1, axis=-1)
    return np.where(probs >= cutoff, logits, -np.inf)
