# The SVD by hand on centred data: w = V diag(1/s) U^T (y - mean y), small singular values
# dropped (the minimum-norm solution), intercept from the means.
def linear_regression_closed_form(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    x_mean, y_mean = X.mean(axis=0), y.mean()
    U, s, Vt = np.linalg.svd(X - x_mean, full_matrices=False)
    keep = s > (s.max() if s.size else 0.0) * max(X.shape) * np.finfo(float).eps
    w = Vt[keep].T @ ((U[:, keep].T @ (y - y_mean)) / s[keep])
    return w, float(y_mean - x_mean @ w)
