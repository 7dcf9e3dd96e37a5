# A different re-seeding rule: an empty cluster moves to a point DRAWN with probability
# proportional to its squared distance to the nearest centroid (a k-means++ style draw from
# default_rng(seed)); the distances are updated after each re-seed so two empty clusters get
# different points. Otherwise standard Lloyd with a loop over k.
def kmeans(X, k, max_iters=100, tol=1e-6, seed=0, init=None):
    X = np.asarray(X, dtype=float)
    rng = np.random.default_rng(seed)
    if init is None:
        C = np.asarray(kmeans_plus_plus_init(X, k, seed), dtype=float)
    else:
        C = np.array(init, dtype=float)
    for _ in range(max_iters):
        labels = ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2).argmin(axis=1)
        new = C.copy()
        empty = []
        for j in range(k):
            members = labels == j
            if members.any():
                new[j] = X[members].mean(axis=0)
            else:
                empty.append(j)
        if empty:
            kept = np.delete(new, empty, axis=0)
            d2 = ((X[:, None, :] - kept[None, :, :]) ** 2).sum(axis=2).min(axis=1)
            for j in empty:
                total = d2.sum()
                i = rng.choice(len(X), p=d2 / total) if total > 0 else rng.integers(len(X))
                new[j] = X[i]
                d2 = np.minimum(d2, ((X - X[i]) ** 2).sum(axis=1))
        shift = np.sqrt(((new - C) ** 2).sum(axis=1))
        C = new
        if shift.max() <= tol:
            break
    sq = ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2)
    labels = sq.argmin(axis=1)
    return C, labels, float(sq[np.arange(len(X)), labels].sum())
