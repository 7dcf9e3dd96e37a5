# The legacy np.random.RandomState(seed) instead of default_rng: a different stream, but
# seeded and local, so deterministic per seed and drawing from the same distribution.
def kmeans_plus_plus_init(X, k, seed=0):
    X = np.asarray(X, dtype=float)
    rs = np.random.RandomState(seed)
    n = len(X)
    idx = [rs.randint(n)]
    d2 = ((X - X[idx[0]]) ** 2).sum(axis=1)
    for _ in range(k - 1):
        idx.append(rs.choice(n, p=d2 / d2.sum()))
        d2 = np.minimum(d2, ((X - X[idx[-1]]) ** 2).sum(axis=1))
    return X[idx]
