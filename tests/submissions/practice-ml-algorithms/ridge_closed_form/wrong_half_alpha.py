# Drops the factor 2 from the penalty's gradient only: (XcᵀXc + alpha / 2 I) w = Xcᵀyc.
# loses: test_ridge_closed_form, test_ridge_closed_form_intercept, test_ridge_closed_form_wide
# says: alpha enters the system as alpha I, not alpha / 2
def ridge_closed_form(X, y, alpha):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    w = np.linalg.solve(Xc.T @ Xc + alpha / 2 * np.eye(X.shape[1]), Xc.T @ yc)
    return w, float(y.mean() - X.mean(axis=0) @ w)
