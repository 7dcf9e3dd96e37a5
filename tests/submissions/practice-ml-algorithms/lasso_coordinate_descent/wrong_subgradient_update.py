# A subgradient-style update, w_j = (rho - n alpha sign(w_j)) / z_j, instead of soft-thresholding:
# coefficients that should be 0 hover near it and are never exactly 0.
# loses: test_lasso_coordinate_descent_edge_cases
# says: that should be exactly 0 but are not
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
            if z[j] == 0:
                continue
            rho = Xc[:, j] @ r + z[j] * w[j]
            direction = np.sign(w[j]) if w[j] != 0 else np.sign(rho)
            new = (rho - n * alpha * direction) / z[j]
            if abs(rho) <= n * alpha:
                new = 1e-12 * np.sign(rho)  # "close enough" to zero
            r -= (new - w[j]) * Xc[:, j]
            change = max(change, abs(new - w[j]))
            w[j] = new
        if change < tol:
            break
    return w, float(y.mean() - X.mean(axis=0) @ w)
