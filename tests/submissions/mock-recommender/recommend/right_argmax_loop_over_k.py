# A loop over the k positions (not the users): each pass takes every user's best remaining item.
def recommend(U, V, mask, k):
    scores = np.where(mask, -np.inf, U @ V.T)
    n_users = scores.shape[0]
    out = np.full((n_users, k), -1, dtype=np.int64)
    rows = np.arange(n_users)
    for j in range(min(k, scores.shape[1])):
        best = np.argmax(scores, axis=1)  # the first maximum: the lower index among ties
        ok = np.isfinite(scores[rows, best])
        out[ok, j] = best[ok]
        scores[rows, best] = -np.inf
    return out
