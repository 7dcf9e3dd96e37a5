# Makes each axis's first entry positive, but only after computing X_proj: the scores keep the
# old signs.
# loses: test_pca, test_pca_edge_cases
# says: its column of X_proj flips with it
def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    components = Vt[:n_components]
    X_proj = Xc @ components.T
    components = components * np.where(components[:, :1] < 0, -1.0, 1.0)
    return components, s[:n_components] ** 2 / (len(X) - 1), X_proj
