# Solves the centred problem, then takes b = mean(y), forgetting the - mean(X) @ w term.
# loses: test_linear_regression_closed_form, test_linear_regression_closed_form_rank_deficient, test_linear_regression_closed_form_conditioning
# says: `linear_regression_closed_form b` returned 5.6 on y = 2 x0 - x1 + 3 exactly; expected 3.
def linear_regression_closed_form(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.linalg.lstsq(X - X.mean(axis=0), y - y.mean(), rcond=None)[0]
    return w, float(y.mean())
