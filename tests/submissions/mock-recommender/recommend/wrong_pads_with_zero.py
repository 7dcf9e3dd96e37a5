# Pads with 0 instead of -1 when a user has fewer than k unrated items.
# loses: test_recommend, test_recommend_edge_cases
# says: 0 is a real item
def recommend(U, V, mask, k):
    scores = np.where(mask, -np.inf, U @ V.T)
    order = np.argsort(-scores, axis=1, kind="stable")[:, :k]
    out = np.zeros((len(U), k), dtype=int)
    out[:, : order.shape[1]] = order
    out[np.arange(k)[None, :] >= (~mask).sum(axis=1)[:, None]] = 0
    return out
