# Weights by the squared distance to the LAST chosen center only, not to the nearest one:
# points next to an earlier center can be drawn again.
# loses: test_kmeans_plus_plus_init, test_kmeans_plus_plus_init_duplicates
# says: far from the expected probabilities
# says: a point on a chosen center has D = 0
def kmeans_plus_plus_init(X, k, seed=0):
    X = np.asarray(X, dtype=float)
    rng = np.random.default_rng(seed)
    n = len(X)
    idx = [rng.integers(n)]
    d2 = ((X - X[idx[0]]) ** 2).sum(axis=1)
    for _ in range(k - 1):
        idx.append(rng.choice(n, p=d2 / d2.sum()))
        d2 = ((X - X[idx[-1]]) ** 2).sum(axis=1)
    return X[idx]
