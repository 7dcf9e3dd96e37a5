# Takes the SVD of X itself: without centring, the first axis points at the mean.
# loses: test_pca, test_pca_edge_cases, test_pca_numerics
# says: X was not centred: subtract each column's mean before decomposing.
def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    _, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt[:n_components], s[:n_components] ** 2 / (len(X) - 1), X @ Vt[:n_components].T
