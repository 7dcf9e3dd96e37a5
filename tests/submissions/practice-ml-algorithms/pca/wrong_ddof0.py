# Divides the squared singular values by n instead of n - 1 (the population variance).
# loses: test_pca, test_pca_edge_cases, test_pca_numerics
# says: that is the variance with ddof=0; the task asks for ddof=1 (divide by n - 1)
def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    return Vt[:n_components], s[:n_components] ** 2 / len(X), Xc @ Vt[:n_components].T
