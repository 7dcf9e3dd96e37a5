# Update by np.add.at (sums per cluster) and np.bincount (sizes); empty clusters re-seeded at
# the points farthest from their centroids, one distinct point each. Convergence on the
# largest centroid shift.
def kmeans(X, k, max_iters=100, tol=1e-6, seed=0, init=None):
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    C = (kmeans_plus_plus_init(X, k, seed) if init is None else init).astype(float, copy=True)
    rows = np.arange(n)
    for _ in range(max_iters):
        D = np.einsum("nd,nd->n", X, X)[:, None] - 2 * X @ C.T + np.einsum("kd,kd->k", C, C)
        D = np.maximum(D, 0)
        labels = np.argmin(D, axis=1)
        sums = np.zeros((k, d))
        np.add.at(sums, labels, X)
        sizes = np.bincount(labels, minlength=k)
        new = C.copy()
        filled = sizes > 0
        new[filled] = sums[filled] / sizes[filled, None]
        empty = np.flatnonzero(~filled)
        if empty.size:
            farthest = np.argsort(-D[rows, labels], kind="stable")[: empty.size]
            new[empty] = X[farthest]
        shift = np.linalg.norm(new - C, axis=1)
        C = new
        if np.all(shift <= tol):
            break
    D = ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=-1)
    labels = np.argmin(D, axis=1)
    return C, labels, float(D[rows, labels].sum())
