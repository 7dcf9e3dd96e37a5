# Updates the caller's `init` array in place (centroids = init, then centroids[j] = mean).
# loses: test_kmeans_stopping
# says: modified its input `init` in place
def kmeans(X, k, max_iters=100, tol=1e-6, seed=0, init=None):
    X = np.asarray(X, dtype=float)
    if init is None:
        centroids = np.asarray(kmeans_plus_plus_init(X, k, seed), dtype=float)
    else:
        centroids = init
    for _ in range(max_iters):
        D = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        labels = D.argmin(axis=1)
        old = centroids.copy()
        new = centroids
        far = D[np.arange(len(X)), labels]
        for j in range(k):
            members = labels == j
            if members.any():
                new[j] = X[members].mean(axis=0)
            else:
                i = np.argmax(far)
                new[j] = X[i]
                far[i] = -1.0
        moved = np.sqrt(((new - old) ** 2).sum(axis=1)).max()
        centroids = new
        if moved <= tol:
            break
    D = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    labels = D.argmin(axis=1)
    inertia = float(D[np.arange(len(X)), labels].sum())
    return centroids, labels, inertia
