# Solves the mean-squared-error version, (XcᵀXc / n + alpha I) w = Xcᵀyc / n: alpha is n times
# too strong for the sum-of-squares objective.
# loses: test_ridge_closed_form, test_ridge_closed_form_intercept, test_ridge_closed_form_wide
# says: alpha multiplies ‖w‖² next to the sum of squares, not the mean
def ridge_closed_form(X, y, alpha):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(X)
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    w = np.linalg.solve(Xc.T @ Xc / n + alpha * np.eye(X.shape[1]), Xc.T @ yc / n)
    return w, float(y.mean() - X.mean(axis=0) @ w)
