# Coordinate descent on the raw X and y, with b = 0: no intercept at all.
# loses: test_lasso_coordinate_descent, test_lasso_coordinate_descent_steps, test_lasso_coordinate_descent_edge_cases
# says: b = 0: the model has no intercept
def lasso_coordinate_descent(X, y, alpha, max_iter=1000, tol=1e-10):
    X = np.asarray(X, dtype=float)
    r = np.asarray(y, dtype=float).copy()
    n, d = X.shape
    z = (X**2).sum(axis=0)
    w = np.zeros(d)
    for _ in range(max_iter):
        change = 0.0
        for j in range(d):
            if z[j] == 0:
                continue
            rho = X[:, j] @ r + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - n * alpha, 0.0) / z[j]
            r -= (new - w[j]) * X[:, j]
            change = max(change, abs(new - w[j]))
            w[j] = new
        if change < tol:
            break
    return w, 0.0
