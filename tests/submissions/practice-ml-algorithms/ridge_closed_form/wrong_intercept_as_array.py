# Right fit, but returns the intercept as a one-element array instead of a float.
# loses: test_ridge_closed_form_input
# says: the intercept is one number, a float
def ridge_closed_form(X, y, alpha):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).reshape(-1, 1)
    Xc, yc = X - X.mean(axis=0), y - y.mean(axis=0)
    W = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(X.shape[1]), Xc.T @ yc)
    return W[:, 0], y.mean(axis=0) - X.mean(axis=0) @ W
