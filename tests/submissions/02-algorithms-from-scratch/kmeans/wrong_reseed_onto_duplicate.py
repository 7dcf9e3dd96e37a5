# Re-seeds an empty cluster at the point of the LARGEST cluster farthest from that cluster's
# centroid. When the largest cluster is copies of one point, that point sits exactly on the
# largest cluster's centroid: the "re-seeded" centroid lands on an existing one and stays empty
# although X has k distinct points.
# loses: test_kmeans_empty_cluster
# says: left a cluster empty on hidden duplicated points
def kmeans(X, k, max_iters=100, tol=1e-6, seed=0, init=None):
    X = np.asarray(X, dtype=float)
    C = np.array(kmeans_plus_plus_init(X, k, seed) if init is None else init, dtype=float)
    for _ in range(max_iters):
        D = ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2)
        labels = np.argmin(D, axis=1)
        sizes = np.bincount(labels, minlength=k)
        new = C.copy()
        for j in range(k):
            if sizes[j]:
                new[j] = X[labels == j].mean(axis=0)
        for j in np.flatnonzero(sizes == 0):
            big = int(np.argmax(sizes))
            members = np.flatnonzero(labels == big)
            pick = members[np.argmax(((X[members] - new[big]) ** 2).sum(axis=1))]
            new[j] = X[pick]
            labels[pick] = j
            sizes[big] -= 1
            sizes[j] += 1
        moved = np.sqrt(((new - C) ** 2).sum(axis=1))
        C = new
        if moved.max() <= tol:
            break
    D = ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2)
    labels = np.argmin(D, axis=1)
    return C, labels, float(np.min(D, axis=1).sum())
