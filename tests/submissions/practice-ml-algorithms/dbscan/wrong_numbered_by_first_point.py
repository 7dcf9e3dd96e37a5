# Renumbers the clusters in the order of their lowest-index point, border points included.
# loses: test_dbscan_border
# says: lowest-index CORE point
def dbscan(X, eps, min_samples=5):
    X = np.asarray(X, dtype=float)
    n = len(X)
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1))
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
    order = []
    for c in labels:
        if c >= 0 and c not in order:
            order.append(c)
    renumber = {c: k for k, c in enumerate(order)}
    return np.array([renumber.get(c, -1) for c in labels])
