# Returns U of the SVD as the projection (unit-variance scores), not U * s.
# loses: test_pca, test_pca_edge_cases, test_pca_numerics
# says: that is U of the SVD (whitened scores)
def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    U, s, Vt = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    k = n_components
    return Vt[:k], s[:k] ** 2 / (len(X) - 1), U[:, :k]
