# Greedy farthest-point: after a random first center, always the point FARTHEST from the
# chosen ones (argmax of D^2) instead of a draw proportional to D^2.
# loses: test_kmeans_plus_plus_init
# says: drew the far pair {0, 3} in 68% of 1000 seeds
def kmeans_plus_plus_init(X, k, seed=0):
    X = np.asarray(X, dtype=float)
    rng = np.random.default_rng(seed)
    n = len(X)
    idx = [rng.integers(n)]
    d2 = ((X - X[idx[0]]) ** 2).sum(axis=1)
    for _ in range(k - 1):
        idx.append(np.argmax(d2))
        d2 = np.minimum(d2, ((X - X[idx[-1]]) ** 2).sum(axis=1))
    return X[idx]
