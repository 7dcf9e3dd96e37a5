# The textbook one-pass covariance E[x xᵀ] - mean meanᵀ: right near the origin, but it cancels
# catastrophically on data far from it.
# loses: test_pca_numerics
# says: loses its digits when the covariance is formed as E[x xᵀ] - mean meanᵀ
def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    n = len(X)
    mean = X.mean(axis=0)
    C = (X.T @ X - n * np.outer(mean, mean)) / (n - 1)
    values, vectors = np.linalg.eigh(C)
    order = np.argsort(values)[::-1][:n_components]
    components = vectors[:, order].T
    return components, values[order], (X - mean) @ components.T
