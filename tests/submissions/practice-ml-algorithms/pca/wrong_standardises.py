# Standardises the columns first (PCA of the correlation matrix), which the task did not ask.
# loses: test_pca, test_pca_edge_cases, test_pca_numerics
# says: the columns were scaled to unit variance
def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    Z = (X - X.mean(axis=0)) / X.std(axis=0, ddof=1)
    _, s, Vt = np.linalg.svd(Z, full_matrices=False)
    return Vt[:n_components], s[:n_components] ** 2 / (len(X) - 1), Z @ Vt[:n_components].T
