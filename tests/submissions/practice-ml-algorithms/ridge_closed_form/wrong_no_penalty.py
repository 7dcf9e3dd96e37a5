# Ordinary least squares (lstsq): alpha is accepted but never used.
# loses: test_ridge_closed_form, test_ridge_closed_form_intercept, test_ridge_closed_form_wide
# says: that is the least-squares fit without the penalty
def ridge_closed_form(X, y, alpha):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.linalg.lstsq(X - X.mean(axis=0), y - y.mean(), rcond=None)[0]
    return w, float(y.mean() - X.mean(axis=0) @ w)
