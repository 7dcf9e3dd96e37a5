# The Gram-matrix (n x n) route, the cheap one when n < d: eigenvectors u of Xc Xcᵀ give the
# axes Xcᵀ u / sqrt(lambda); the variances are lambda / (n - 1).
def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    values, U = np.linalg.eigh(Xc @ Xc.T)
    values, U = values[::-1][:n_components], U[:, ::-1][:, :n_components]
    components = (Xc.T @ U / np.sqrt(values)).T
    components /= np.linalg.norm(components, axis=1, keepdims=True)  # round-off
    return components, values / (len(X) - 1), Xc @ components.T
