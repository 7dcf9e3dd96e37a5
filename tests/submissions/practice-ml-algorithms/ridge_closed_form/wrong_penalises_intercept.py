# A column of ones, and alpha I over everything: the intercept is shrunk too.
# loses: test_ridge_closed_form, test_ridge_closed_form_intercept
# says: the intercept is penalised too
def ridge_closed_form(X, y, alpha):
    X = np.asarray(X, dtype=float)
    A = np.column_stack([np.ones(len(X)), X])
    theta = np.linalg.solve(A.T @ A + alpha * np.eye(A.shape[1]), A.T @ np.asarray(y, dtype=float))
    return theta[1:], float(theta[0])
