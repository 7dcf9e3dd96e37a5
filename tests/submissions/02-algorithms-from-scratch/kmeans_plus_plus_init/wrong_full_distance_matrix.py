# Right draws, no Python loop over the points, but it builds the full n x n matrix of squared
# distances first: O(n²) time and memory where O(n k) does. Far slower than the reference.
# loses: test_kmeans_plus_plus_init_vectorised
# says: times as long as a vectorised reference
def kmeans_plus_plus_init(X, k, seed=0):
    X = np.asarray(X, dtype=float)
    rng = np.random.default_rng(seed)
    n = X.shape[0]
    sq = (X**2).sum(axis=1)
    D = np.maximum(sq[:, None] - 2.0 * X @ X.T + sq[None, :], 0.0)  # (n, n)
    chosen = [int(rng.integers(n))]
    for _ in range(1, k):
        nearest = D[chosen].min(axis=0)
        chosen.append(int(rng.choice(n, p=nearest / nearest.sum())))
    return X[chosen].copy()
