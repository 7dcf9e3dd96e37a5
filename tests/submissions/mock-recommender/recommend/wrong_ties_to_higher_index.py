# Sorts ascending and reverses the row: highest first, but equal scores end up higher index first.
# loses: test_recommend, test_recommend_edge_cases
# says: equal scores go to the LOWER item index first
def recommend(U, V, mask, k):
    scores = np.where(mask, -np.inf, U @ V.T)
    order = np.argsort(scores, axis=1, kind="stable")[:, ::-1][:, :k]
    out = -np.ones((len(U), k), dtype=int)
    out[:, : order.shape[1]] = order
    out[np.arange(k)[None, :] >= (~mask).sum(axis=1)[:, None]] = -1
    return out
