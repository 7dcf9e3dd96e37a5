# Right labels, but the distances come from a Python double loop over all pairs of points.
# loses: test_dbscan_vectorised
# says: Python loop over pairs of points
def dbscan(X, eps, min_samples=5):
    X = np.asarray(X, dtype=float)
    n = len(X)
    D = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            D[i, j] = D[j, i] = np.sqrt(np.sum((X[i] - X[j]) ** 2))
    neighbours = D <= eps
    core = neighbours.sum(axis=1) >= min_samples
    labels = np.full(n, -1)
    cluster = 0
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
