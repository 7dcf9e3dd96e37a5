# An empty cluster keeps its old centroid instead of being re-seeded: it usually stays
# empty, so fewer than k clusters are used.
# loses: test_kmeans_empty_cluster
# says: left a cluster empty
def kmeans(X, k, max_iters=100, tol=1e-6, seed=0, init=None):
    X = np.asarray(X, dtype=float)
    if init is None:
        centroids = np.asarray(kmeans_plus_plus_init(X, k, seed), dtype=float)
    else:
        centroids = np.array(init, dtype=float)
    for _ in range(max_iters):
        D = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        labels = D.argmin(axis=1)
        new = centroids.copy()
        far = D[np.arange(len(X)), labels]
        for j in range(k):
            members = labels == j
            if members.any():
                new[j] = X[members].mean(axis=0)
        moved = np.sqrt(((new - centroids) ** 2).sum(axis=1)).max()
        centroids = new
        if moved <= tol:
            break
    D = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    labels = D.argmin(axis=1)
    inertia = float(D[np.arange(len(X)), labels].sum())
    return centroids, labels, inertia
