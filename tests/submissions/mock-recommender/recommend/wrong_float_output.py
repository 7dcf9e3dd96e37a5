# Right items, but returned as floats (the -1 padding made the array float).
# loses: test_recommend_api
# says: integers (item indices, and -1)
def recommend(U, V, mask, k):
    scores = np.where(mask, -np.inf, U @ V.T)
    order = np.argsort(-scores, axis=1, kind="stable")[:, :k]
    out = np.full((len(U), k), -1.0)
    out[:, : order.shape[1]] = order
    out[np.arange(k)[None, :] >= (~mask).sum(axis=1)[:, None]] = -1.0
    return out
