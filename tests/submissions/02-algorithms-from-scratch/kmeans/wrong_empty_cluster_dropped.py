# Drops a cluster that became empty: fewer than k centroids come back.
# loses: test_kmeans_empty_cluster
# says: one row per cluster
def kmeans(X, k, max_iters=100, tol=1e-6, seed=0, init=None):
    X = np.asarray(X, dtype=float)
    if init is None:
        centroids = np.asarray(kmeans_plus_plus_init(X, k, seed), dtype=float)
    else:
        centroids = np.array(init, dtype=float)
    for _ in range(max_iters):
        D = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        labels = D.argmin(axis=1)
        used = np.unique(labels)
        new = np.array([X[labels == j].mean(axis=0) for j in used])
        if len(new) < len(centroids):
            centroids = new
            continue
        moved = np.sqrt(((new - centroids) ** 2).sum(axis=1)).max()
        centroids = new
        if moved <= tol:
            break
    D = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    labels = D.argmin(axis=1)
    inertia = float(D[np.arange(len(X)), labels].sum())
    return centroids, labels, inertia
