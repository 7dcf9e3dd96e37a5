# Draws the k - 1 remaining centers in one call, weighted by the squared distance to the
# FIRST center only (no update between draws).
# loses: test_kmeans_plus_plus_init, test_kmeans_plus_plus_init_duplicates
# says: far from the expected probabilities
def kmeans_plus_plus_init(X, k, seed=0):
    X = np.asarray(X, dtype=float)
    rng = np.random.default_rng(seed)
    n = len(X)
    idx = [rng.integers(n)]
    d2 = ((X - X[idx[0]]) ** 2).sum(axis=1)
    idx += list(rng.choice(n, size=k - 1, replace=False, p=d2 / d2.sum()))
    return X[idx]
