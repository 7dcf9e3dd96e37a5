# D^2 sampling by inverse CDF: a uniform number times the total, located in the cumulative
# sum with searchsorted; the nearest-center distances kept up to date with np.minimum.
def kmeans_plus_plus_init(X, k, seed=0):
    X = np.asarray(X, dtype=float)
    rng = np.random.default_rng(seed)
    n = len(X)
    chosen = [int(rng.integers(n))]
    d2 = ((X - X[chosen[0]]) ** 2).sum(axis=1)
    for _ in range(1, k):
        cumulative = np.cumsum(d2)
        r = rng.random() * cumulative[-1]
        index = int(np.searchsorted(cumulative, r, side="right"))
        index = min(index, n - 1)
        chosen.append(index)
        d2 = np.minimum(d2, ((X - X[index]) ** 2).sum(axis=1))
    return X[chosen].copy()
