# Uses the global np.random functions and never seeds them: a different result on every
# call with the same seed.
# loses: test_kmeans_plus_plus_init
# says: the same seed twice (draw every number from default_rng(seed))
def kmeans_plus_plus_init(X, k, seed=0):
    X = np.asarray(X, dtype=float)
    n = len(X)
    idx = [np.random.randint(n)]
    d2 = ((X - X[idx[0]]) ** 2).sum(axis=1)
    for _ in range(k - 1):
        idx.append(np.random.choice(n, p=d2 / d2.sum()))
        d2 = np.minimum(d2, ((X - X[idx[-1]]) ** 2).sum(axis=1))
    return X[idx]
