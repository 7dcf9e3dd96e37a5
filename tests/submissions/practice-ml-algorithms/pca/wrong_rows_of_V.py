# Takes rows of V (= columns of Vᵀ) as the axes: the transpose mix-up that keeps the shape.
# loses: test_pca, test_pca_numerics
# says: those are columns of an eigenvector matrix read as rows
def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    _, s, Vt = np.linalg.svd(Xc)
    components = Vt.T[:n_components]
    return components, s[:n_components] ** 2 / (len(X) - 1), Xc @ components.T
