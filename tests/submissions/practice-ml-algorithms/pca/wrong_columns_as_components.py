# Returns the axes as columns (n_features, k), the eigenvector layout, instead of rows.
# loses: test_pca, test_pca_edge_cases, test_pca_numerics
# says: one principal axis per row
def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    V = Vt.T[:, :n_components]
    return V, s[:n_components] ** 2 / (len(X) - 1), Xc @ V
