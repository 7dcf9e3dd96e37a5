# Ridge through the origin: no centring and b = 0.
# loses: test_ridge_closed_form, test_ridge_closed_form_intercept, test_ridge_closed_form_wide
# says: the model has no intercept
def ridge_closed_form(X, y, alpha):
    X = np.asarray(X, dtype=float)
    w = np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ np.asarray(y, dtype=float))
    return w, 0.0
