# Returns the share of the total variance (explained_variance_ratio_) instead of the variance.
# loses: test_pca, test_pca_edge_cases, test_pca_numerics
# says: those are shares of the total variance
def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    return Vt[:n_components], (s**2 / np.sum(s**2))[:n_components], Xc @ Vt[:n_components].T
