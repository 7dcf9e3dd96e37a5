# Weighted sampling as an exponential race: argmin of E_i / w_i with E_i ~ Exp(1) picks i with
# probability w_i / sum(w); chosen points have w = 0 (E / 0 = inf, never the minimum).
def kmeans_plus_plus_init(X, k, seed=0):
    X = np.asarray(X, dtype=float)
    rng = np.random.default_rng(seed)
    n = len(X)
    first = rng.integers(n)
    centers = X[[first]]
    d2 = ((X - X[first]) ** 2).sum(axis=1)
    for _ in range(k - 1):
        with np.errstate(divide="ignore"):
            index = np.argmin(rng.exponential(size=n) / d2)
        centers = np.vstack([centers, X[index]])
        d2 = np.minimum(d2, ((X - X[index]) ** 2).sum(axis=1))
    return centers
