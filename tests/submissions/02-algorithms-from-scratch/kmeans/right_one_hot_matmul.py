# The update as a matrix product: one-hot membership M (n, k), sums M^T X, sizes M.sum(0);
# an empty cluster moves to the point with the largest squared distance to its centroid.
def kmeans(X, k, max_iters=100, tol=1e-6, seed=0, init=None):
    X = np.asarray(X, dtype=float)
    if init is not None:
        centroids = np.array(init, dtype=float, copy=True)
    else:
        centroids = np.array(kmeans_plus_plus_init(X, k, seed=seed), dtype=float)
    eye = np.eye(k)

    def assign(C):
        D = ((X[:, None, :] - C[None, :, :]) ** 2).sum(-1)
        lab = D.argmin(axis=1)
        return lab, D[np.arange(len(X)), lab]

    for _ in range(max_iters):
        labels, d2 = assign(centroids)
        M = eye[labels]
        sizes = M.sum(axis=0)
        new = centroids.copy()
        nonempty = sizes > 0
        new[nonempty] = (M.T @ X)[nonempty] / sizes[nonempty][:, None]
        for j in np.flatnonzero(~nonempty):
            i = int(np.argmax(d2))
            new[j] = X[i]
            d2[i] = -np.inf
        done = np.max(np.linalg.norm(new - centroids, axis=1)) <= tol
        centroids = new
        if done:
            break
    labels, d2 = assign(centroids)
    return centroids, labels, float(d2.sum())
