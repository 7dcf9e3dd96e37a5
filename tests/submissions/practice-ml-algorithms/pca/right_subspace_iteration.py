# Clearly another algorithm: orthogonal (subspace) iteration on the covariance matrix with a QR
# step each round, then a Rayleigh-Ritz step to sort and polish the axes. No SVD of the data.
def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / (len(X) - 1)
    d = C.shape[0]
    Q = np.linalg.qr(np.random.default_rng(0).normal(size=(d, d)))[0]
    for _ in range(3000):
        Q, _ = np.linalg.qr(C @ Q)
    values, W = np.linalg.eigh(Q.T @ C @ Q)
    axes = (Q @ W)[:, ::-1][:, :n_components].T
    variances = values[::-1][:n_components]
    return axes, variances, Xc @ axes.T
