# Assumes standardised columns: w_j = soft_threshold(rho, alpha) without dividing by the column's
# squared norm over n.
# loses: test_lasso_coordinate_descent, test_lasso_coordinate_descent_steps, test_lasso_coordinate_descent_edge_cases
# says: divide by the column's squared norm
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
            rho = Xc[:, j] @ r / n + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - alpha, 0.0)
            r -= (new - w[j]) * Xc[:, j]
            change = max(change, abs(new - w[j]))
            w[j] = new
        if change < tol:
            break
    return w, float(y.mean() - X.mean(axis=0) @ w)
