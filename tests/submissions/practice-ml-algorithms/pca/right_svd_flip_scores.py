# SVD with scikit-learn's sign convention (the largest entry of each column of U positive), and the
# scores read from U * s instead of a second matrix product.
def pca(X, n_components):
    X = np.array(X, dtype=float)  # a copy: centring in place is then harmless
    X -= X.mean(axis=0)
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    flip = np.sign(U[np.argmax(np.abs(U), axis=0), np.arange(U.shape[1])])
    U, Vt = U * flip, Vt * flip[:, None]
    k = n_components
    return Vt[:k], s[:k] ** 2 / (len(X) - 1), U[:, :k] * s[:k]
