# No centring: the intercept is one more (unpenalised) coordinate, updated first in each sweep
# on the raw X. The optimum is the lasso's, but these are not the iterates the task fixes.
# loses: test_lasso_coordinate_descent_steps
# says: after max_iter=1 sweep(s) from w = 0
def lasso_coordinate_descent(X, y, alpha, max_iter=1000, tol=1e-10):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    z = (X**2).sum(axis=0)
    constant = np.ptp(X, axis=0) == 0
    w, b = np.zeros(d), 0.0
    r = y.copy()
    for _ in range(max_iter):
        new_b = b + r.mean()
        r -= new_b - b
        change = abs(new_b - b)
        b = new_b
        for j in range(d):
            if constant[j]:
                continue
            rho = X[:, j] @ r + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - n * alpha, 0.0) / z[j]
            r -= (new - w[j]) * X[:, j]
            change = max(change, abs(new - w[j]))
            w[j] = new
        if change < tol:
            break
    return w, float(b)
