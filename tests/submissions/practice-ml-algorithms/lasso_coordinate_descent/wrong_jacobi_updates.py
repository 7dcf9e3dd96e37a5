# Updates every coordinate at once from the same residual (vectorised, "Jacobi"): not cyclic
# coordinate descent, and it need not converge.
# loses: test_lasso_coordinate_descent_steps
# says: every coordinate was updated from the old w
def lasso_coordinate_descent(X, y, alpha, max_iter=1000, tol=1e-10):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(X)
    Xc = X - X.mean(axis=0)
    yc = y - y.mean()
    z = (Xc**2).sum(axis=0) / n
    safe = np.where(z > 0, z, 1.0)
    w = np.zeros(X.shape[1])
    for _ in range(max_iter):
        rho = Xc.T @ (yc - Xc @ w) / n + z * w
        new = np.where(z > 0, np.sign(rho) * np.maximum(np.abs(rho) - alpha, 0.0) / safe, 0.0)
        change = np.max(np.abs(new - w))
        w = new
        if change < tol:
            break
    return w, float(y.mean() - X.mean(axis=0) @ w)
