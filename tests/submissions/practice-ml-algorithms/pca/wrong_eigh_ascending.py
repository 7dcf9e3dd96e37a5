# eigh returns eigenvalues in increasing order; takes the last k but never reverses them.
# loses: test_pca, test_pca_edge_cases
# says: the variances come out in increasing order
def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1))
    components = vectors[:, -n_components:].T
    return components, values[-n_components:], Xc @ components.T
