# Right answers, one user at a time.
# loses: test_recommend_vectorised
# says: a Python loop
def recommend(U, V, mask, k):
    out = -np.ones((len(U), k), dtype=int)
    for u in range(len(U)):
        unrated = np.flatnonzero(~mask[u])
        scores = V[unrated] @ U[u]
        best = unrated[np.argsort(-scores, kind="stable")][:k]
        out[u, : len(best)] = best
    return out
