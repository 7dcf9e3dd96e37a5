# Least squares without the column of ones: the line is forced through the origin, b = 0.
# loses: test_linear_regression_closed_form, test_linear_regression_closed_form_rank_deficient, test_linear_regression_closed_form_conditioning
# says: `linear_regression_closed_form w` differs on y = 2 x0 - x1 + 3 exactly
def linear_regression_closed_form(X, y):
    w = np.linalg.lstsq(np.asarray(X, dtype=float), np.asarray(y, dtype=float), rcond=None)[0]
    return w, 0.0
