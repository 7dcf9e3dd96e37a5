# scikit-learn's KMeans with the same start: not from scratch, and its `tol` is relative to
# the data's variance (on the squared shift), not the spec's absolute shift.
# loses: test_kmeans
# says: calls sklearn
def kmeans(X, k, max_iters=100, tol=1e-6, seed=0, init=None):
    from sklearn.cluster import KMeans

    X = np.asarray(X, dtype=float)
    start = kmeans_plus_plus_init(X, k, seed) if init is None else np.asarray(init, dtype=float)
    model = KMeans(n_clusters=k, init=start, n_init=1, max_iter=max_iters, tol=tol).fit(X)
    labels = model.predict(X)
    D = ((X - model.cluster_centers_[labels]) ** 2).sum()
    return model.cluster_centers_, labels, float(D)
