# Right PCA, but centres the caller's X with -= (modifies the input; fails on integer X).
# loses: test_pca_edge_cases, test_pca_numerics
# says: modified its input `X` in place
def pca(X, n_components):
    X -= X.mean(axis=0)
    _, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt[:n_components], s[:n_components] ** 2 / (len(X) - 1), X @ Vt[:n_components].T
