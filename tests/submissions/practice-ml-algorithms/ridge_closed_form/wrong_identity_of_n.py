# Adds alpha * np.eye(len(X)) (n x n) to the d x d matrix XcᵀXc: only works when n == d.
# loses: test_ridge_closed_form, test_ridge_closed_form_intercept, test_ridge_closed_form_wide, test_ridge_closed_form_input
# says: raised ValueError
def ridge_closed_form(X, y, alpha):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(len(X)), Xc.T @ yc)
    return w, float(y.mean() - X.mean(axis=0) @ w)
