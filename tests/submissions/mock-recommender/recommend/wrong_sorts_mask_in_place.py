# Right items, but marks the recommended items as rated in the caller's mask.
# loses: test_recommend_api
# says: modified its input `mask` in place
def recommend(U, V, mask, k):
    scores = np.where(mask, -np.inf, U @ V.T)
    order = np.argsort(-scores, axis=1, kind="stable")[:, :k]
    out = -np.ones((len(U), k), dtype=int)
    out[:, : order.shape[1]] = order
    out[np.arange(k)[None, :] >= (~mask).sum(axis=1)[:, None]] = -1
    rows = np.repeat(np.arange(len(U)), out.shape[1])
    keep = out.ravel() >= 0
    mask[rows[keep], out.ravel()[keep]] = True
    return out
