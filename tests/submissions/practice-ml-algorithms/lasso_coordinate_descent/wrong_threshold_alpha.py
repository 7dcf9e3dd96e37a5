# Sums over the samples (rho = Xc_jᵀ r, z = ‖Xc_j‖²) but thresholds at alpha instead of n alpha:
# the penalty is n times too weak.
# loses: test_lasso_coordinate_descent, test_lasso_coordinate_descent_steps, test_lasso_coordinate_descent_edge_cases
# says: the objective has (1 / (2n)) in front of the squared error
def lasso_coordinate_descent(X, y, alpha, max_iter=1000, tol=1e-10):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    Xc = X - X.mean(axis=0)
    r = y - y.mean()
    z = (Xc**2).sum(axis=0)
    w = np.zeros(X.shape[1])
    for _ in range(max_iter):
        change = 0.0
        for j in range(X.shape[1]):
            if z[j] == 0:
                continue
            rho = Xc[:, j] @ r + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - alpha, 0.0) / z[j]
            r -= (new - w[j]) * Xc[:, j]
            change = max(change, abs(new - w[j]))
            w[j] = new
        if change < tol:
            break
    return w, float(y.mean() - X.mean(axis=0) @ w)
