# Starts from the least-squares solution instead of w = 0 (a "warm start"): the same optimum,
# other iterates.
# loses: test_lasso_coordinate_descent_steps
# says: w starts at 0
def lasso_coordinate_descent(X, y, alpha, max_iter=1000, tol=1e-10):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    Xc = X - X.mean(axis=0)
    yc = y - y.mean()
    z = (Xc**2).sum(axis=0)
    w = np.linalg.lstsq(Xc, yc, rcond=None)[0]
    r = yc - Xc @ w
    for _ in range(max_iter):
        change = 0.0
        for j in range(d):
            if z[j] == 0:
                w[j] = 0.0
                continue
            rho = Xc[:, j] @ r + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - n * alpha, 0.0) / z[j]
            r -= (new - w[j]) * Xc[:, j]
            change = max(change, abs(new - w[j]))
            w[j] = new
        if change < tol:
            break
    return w, float(y.mean() - X.mean(axis=0) @ w)
