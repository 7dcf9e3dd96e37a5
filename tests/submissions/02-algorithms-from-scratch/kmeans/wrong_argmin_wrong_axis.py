# argmin over axis 0 of the (n, k) distance matrix: for each centroid its nearest point, not
# for each point its nearest centroid (k labels instead of n).
# loses: test_kmeans, test_kmeans_empty_cluster, test_kmeans_stopping, test_kmeans_vectorised
# says: raised IndexError
def kmeans(X, k, max_iters=100, tol=1e-6, seed=0, init=None):
    X = np.asarray(X, dtype=float)
    if init is None:
        centroids = np.asarray(kmeans_plus_plus_init(X, k, seed), dtype=float)
    else:
        centroids = np.array(init, dtype=float)
    for _ in range(max_iters):
        D = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        labels = D.argmin(axis=0)
        new = centroids.copy()
        far = D.min(axis=1)
        for j in range(k):
            members = labels == j
            if members.any():
                new[j] = X[members].mean(axis=0)
            else:
                i = np.argmax(far)
                new[j] = X[i]
                far[i] = -1.0
        moved = np.sqrt(((new - centroids) ** 2).sum(axis=1)).max()
        centroids = new
        if moved <= tol:
            break
    D = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    labels = D.argmin(axis=0)
    inertia = float(D[labels, np.arange(k)].sum())
    return centroids, labels, inertia
