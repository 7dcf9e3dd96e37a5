# Right algorithm, but centres the caller's X and y in place (and fails on integer inputs).
# loses: test_lasso_coordinate_descent_input
# says: modified its input `X` in place
def lasso_coordinate_descent(X, y, alpha, max_iter=1000, tol=1e-10):
    n, d = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    X -= x_mean
    y -= y_mean
    z = (X**2).sum(axis=0)
    w = np.zeros(d)
    r = y.copy()
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
    return w, float(y_mean - x_mean @ w)
