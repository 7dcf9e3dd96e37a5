# pinv of A^T A: survives rank deficiency, but still works with the squared condition number,
# so an ill-conditioned X (a feature near 1e4) gives a poor fit.
# loses: test_linear_regression_closed_form_conditioning
# says: inverting XᵀX squares the condition number
def linear_regression_closed_form(X, y):
    X = np.asarray(X, dtype=float)
    A = np.column_stack([np.ones(len(X)), X])
    theta = np.linalg.pinv(A.T @ A) @ (A.T @ np.asarray(y, dtype=float))
    return theta[1:], float(theta[0])
