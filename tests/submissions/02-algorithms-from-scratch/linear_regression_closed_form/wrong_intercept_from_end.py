# Puts the ones column first but reads the intercept from the LAST entry of the solution
# (and the weights from the first d entries): weights and intercept are mixed up.
# loses: test_linear_regression_closed_form, test_linear_regression_closed_form_rank_deficient, test_linear_regression_closed_form_conditioning
# says: `linear_regression_closed_form w` differs on y = 2 x0 - x1 + 3 exactly
def linear_regression_closed_form(X, y):
    X = np.asarray(X, dtype=float)
    A = np.column_stack([np.ones(len(X)), X])
    theta = np.linalg.lstsq(A, np.asarray(y, dtype=float), rcond=None)[0]
    return theta[:-1], float(theta[-1])
