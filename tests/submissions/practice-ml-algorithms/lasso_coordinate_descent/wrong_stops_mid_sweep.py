# Stops as soon as one coordinate moves less than tol, in the middle of a sweep.
# loses: test_lasso_coordinate_descent_steps
# says: stop after the first complete sweep whose largest coordinate change
def lasso_coordinate_descent(X, y, alpha, max_iter=1000, tol=1e-10):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    Xc = X - X.mean(axis=0)
    r = y - y.mean()
    z = (Xc**2).sum(axis=0)
    w = np.zeros(d)
    for _ in range(max_iter):
        converged = False
        for j in range(d):
            if z[j] == 0:
                continue
            rho = Xc[:, j] @ r + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - n * alpha, 0.0) / z[j]
            r -= (new - w[j]) * Xc[:, j]
            if abs(new - w[j]) < tol:
                converged = True
            w[j] = new
            if converged:
                break
        if converged:
            break
    return w, float(y.mean() - X.mean(axis=0) @ w)
