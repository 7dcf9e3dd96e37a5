# Differentiates (1 / (2n)) ‖r‖² as if it were (1 / n) ‖r‖²: thresholds at 2 alpha.
# loses: test_lasso_coordinate_descent, test_lasso_coordinate_descent_steps
# says: the threshold is alpha (with means), not 2 alpha
def lasso_coordinate_descent(X, y, alpha, max_iter=1000, tol=1e-10):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(X)
    Xc = X - X.mean(axis=0)
    r = y - y.mean()
    z = (Xc**2).sum(axis=0) / n
    w = np.zeros(X.shape[1])
    for _ in range(max_iter):
        change = 0.0
        for j in range(X.shape[1]):
            if z[j] == 0:
                continue
            rho = Xc[:, j] @ r / n + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - 2 * alpha, 0.0) / z[j]
            r -= (new - w[j]) * Xc[:, j]
            change = max(change, abs(new - w[j]))
            w[j] = new
        if change < tol:
            break
    return w, float(y.mean() - X.mean(axis=0) @ w)
