# Right while k <= n_items, but cannot fill a row longer than the catalogue (k > n_items fails).
# loses: test_recommend_edge_cases
# says: raised ValueError
def recommend(U, V, mask, k):
    scores = np.where(mask, -np.inf, U @ V.T)
    out = np.full((len(U), k), -1)
    out[:, :] = np.argsort(-scores, axis=1, kind="stable")[:, :k]
    out[np.arange(k)[None, :] >= (~mask).sum(axis=1)[:, None]] = -1
    return out
