# Right axes and variances, but projects X instead of the centred X.
# loses: test_pca, test_pca_edge_cases, test_pca_numerics
# says: that is X @ components.T; project the centred X.
def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    _, s, Vt = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    components = Vt[:n_components]
    return components, s[:n_components] ** 2 / (len(X) - 1), X @ components.T
