# Draws proportional to the distance D, not the squared distance D^2.
# loses: test_kmeans_plus_plus_init
# says: these frequencies match drawing proportional to the distance
def kmeans_plus_plus_init(X, k, seed=0):
    X = np.asarray(X, dtype=float)
    rng = np.random.default_rng(seed)
    n = len(X)
    idx = [rng.integers(n)]
    d2 = ((X - X[idx[0]]) ** 2).sum(axis=1)
    for _ in range(k - 1):
        dist = np.sqrt(d2)
        idx.append(rng.choice(n, p=dist / dist.sum()))
        d2 = np.minimum(d2, ((X - X[idx[-1]]) ** 2).sum(axis=1))
    return X[idx]
