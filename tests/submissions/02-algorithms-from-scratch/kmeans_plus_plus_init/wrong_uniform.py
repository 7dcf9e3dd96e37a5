# k distinct rows uniformly at random (plain random init, not k-means++).
# loses: test_kmeans_plus_plus_init, test_kmeans_plus_plus_init_duplicates
# says: drew the far pair {0, 3} in 30% of 1000 seeds
# says: returned the same point twice
def kmeans_plus_plus_init(X, k, seed=0):
    X = np.asarray(X, dtype=float)
    rng = np.random.default_rng(seed)
    n = len(X)
    idx = rng.choice(n, size=k, replace=False)
    return X[idx]
