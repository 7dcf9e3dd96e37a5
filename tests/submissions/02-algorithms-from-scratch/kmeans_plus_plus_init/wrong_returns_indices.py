# Returns the indices of the chosen rows, not the rows themselves.
# loses: test_kmeans_plus_plus_init, test_kmeans_plus_plus_init_duplicates, test_kmeans_plus_plus_init_vectorised
# says: k rows of d numbers
def kmeans_plus_plus_init(X, k, seed=0):
    X = np.asarray(X, dtype=float)
    rng = np.random.default_rng(seed)
    n = len(X)
    idx = [rng.integers(n)]
    d2 = ((X - X[idx[0]]) ** 2).sum(axis=1)
    for _ in range(k - 1):
        idx.append(rng.choice(n, p=d2 / d2.sum()))
        d2 = np.minimum(d2, ((X - X[idx[-1]]) ** 2).sum(axis=1))
    return np.array(idx)
