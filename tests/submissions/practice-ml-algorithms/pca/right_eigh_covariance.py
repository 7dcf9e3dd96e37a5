# The covariance route: eigh of np.cov (which centres the columns itself), eigenvalues sorted from
# largest to smallest, eigenvectors taken as rows.
def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    values, vectors = np.linalg.eigh(np.cov(X, rowvar=False).reshape(X.shape[1], X.shape[1]))
    order = np.argsort(values)[::-1][:n_components]
    components = vectors[:, order].T
    return components, values[order], (X - X.mean(axis=0)) @ components.T
