# Numbers the clusters 1, 2, ... (noise -1).
# loses: test_dbscan, test_dbscan_core, test_dbscan_border
def dbscan(X, eps, min_samples=5):
    X = np.asarray(X, dtype=float)
    n = len(X)
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1))
    neighbours = D <= eps
    core = neighbours.sum(axis=1) >= min_samples
    labels = np.full(n, -1)
    cluster = 1
    for i in range(n):
        if not core[i] or labels[i] != -1:
            continue
        labels[i] = cluster
        queue = [i]
        while queue:
            p = queue.pop(0)
            for q in np.flatnonzero(neighbours[p]):
                if labels[q] == -1:
                    labels[q] = cluster
                    if core[q]:
                        queue.append(q)
        cluster += 1
    return labels
