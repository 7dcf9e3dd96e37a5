# Divides by the column's squared norm without a guard: a constant column gives 0 / 0 = NaN, which
# then spreads through the residual.
# loses: test_lasso_coordinate_descent_edge_cases
# says: a constant column
def lasso_coordinate_descent(X, y, alpha, max_iter=1000, tol=1e-10):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    Xc = X - X.mean(axis=0)
    r = y - y.mean()
    z = (Xc**2).sum(axis=0)
    w = np.zeros(d)
    for _ in range(max_iter):
        change = 0.0
        for j in range(d):
            rho = Xc[:, j] @ r + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - n * alpha, 0.0) / z[j]
            r -= (new - w[j]) * Xc[:, j]
            change = max(change, abs(new - w[j]))
            w[j] = new
        if change < tol:
            break
    return w, float(y.mean() - X.mean(axis=0) @ w)
