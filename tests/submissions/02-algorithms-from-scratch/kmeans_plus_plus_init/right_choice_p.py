# rng.choice with p = D^2 / sum(D^2), D^2 recomputed each round against ALL chosen centers
# (an (n, j) distance matrix, min over the centers).
def kmeans_plus_plus_init(X, k, seed=0):
    X = np.asarray(X, dtype=float)
    rng = np.random.default_rng(seed)
    centers = [X[rng.choice(len(X))]]
    for _ in range(1, k):
        C = np.array(centers)
        d2 = ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2).min(axis=1)
        centers.append(X[rng.choice(len(X), p=d2 / d2.sum())])
    return np.array(centers)
