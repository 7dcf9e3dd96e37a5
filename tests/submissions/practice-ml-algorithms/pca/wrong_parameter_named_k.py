# Right PCA, but the parameter is called k: a call with n_components=... fails (the signature
# is part of the contract).
# loses: test_pca_edge_cases
# says: unexpected keyword argument 'n_components'
def pca(X, k):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    return Vt[:k], s[:k] ** 2 / (len(X) - 1), Xc @ Vt[:k].T
