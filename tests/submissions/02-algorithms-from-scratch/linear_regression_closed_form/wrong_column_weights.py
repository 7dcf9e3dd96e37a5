# Solves with y as a column vector and returns w with shape (d, 1) instead of (d,).
# loses: test_linear_regression_closed_form, test_linear_regression_closed_form_rank_deficient, test_linear_regression_closed_form_conditioning
# says: one weight per feature, a flat array
def linear_regression_closed_form(X, y):
    X = np.asarray(X, dtype=float)
    A = np.column_stack([np.ones(len(X)), X])
    theta = np.linalg.lstsq(A, np.asarray(y, dtype=float).reshape(-1, 1), rcond=None)[0]
    return theta[1:], float(theta[0, 0])
