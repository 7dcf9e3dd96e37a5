# Returns the k lowest-scoring unrated items, lowest first.
# loses: test_recommend, test_recommend_edge_cases
# says: highest score first
def recommend(U, V, mask, k):
    scores = np.where(mask, np.inf, U @ V.T)
    order = np.argsort(scores, axis=1, kind="stable")[:, :k]
    out = -np.ones((len(U), k), dtype=int)
    out[:, : order.shape[1]] = order
    out[np.arange(k)[None, :] >= (~mask).sum(axis=1)[:, None]] = -1
    return out
