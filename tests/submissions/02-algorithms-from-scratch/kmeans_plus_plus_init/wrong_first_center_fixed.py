# Always starts from the first row X[0] instead of a uniformly drawn one.
# loses: test_kmeans_plus_plus_init
# says: drew the far pair {0, 3} in 90% of 1000 seeds
def kmeans_plus_plus_init(X, k, seed=0):
    X = np.asarray(X, dtype=float)
    rng = np.random.default_rng(seed)
    n = len(X)
    idx = [0]
    d2 = ((X - X[idx[0]]) ** 2).sum(axis=1)
    for _ in range(k - 1):
        idx.append(rng.choice(n, p=d2 / d2.sum()))
        d2 = np.minimum(d2, ((X - X[idx[-1]]) ** 2).sum(axis=1))
    return X[idx]
