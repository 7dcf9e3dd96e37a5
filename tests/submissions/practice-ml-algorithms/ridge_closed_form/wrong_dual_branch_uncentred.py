# Primal form when n >= d (right), but the dual branch for n < d forgets to centre X: the
# intercept then leaks into the penalised weights.
# loses: test_ridge_closed_form_wide
# says: n=4 < d=6
def ridge_closed_form(X, y, alpha):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    if n >= d:
        Xc = X - x_mean
        w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(d), Xc.T @ (y - y_mean))
    else:
        w = X.T @ np.linalg.solve(X @ X.T + alpha * np.eye(n), y - y_mean)
    return w, float(y_mean - x_mean @ w)
