# Right fit, but centres the caller's X and y with -= (modifies the inputs; fails on integers).
# loses: test_ridge_closed_form_input
# says: modified its input `X` in place
def ridge_closed_form(X, y, alpha):
    x_mean, y_mean = X.mean(axis=0), y.mean()
    X -= x_mean
    y -= y_mean
    w = np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ y)
    return w, float(y_mean - x_mean @ w)
