# Right fit, but centres the caller's X with -= (modifies the input in place).
# loses: test_linear_regression_closed_form, test_linear_regression_closed_form_conditioning
# says: modified its input `X` in place
def linear_regression_closed_form(X, y):
    x_mean = X.mean(axis=0)
    X -= x_mean
    y_mean = y.mean()
    w = np.linalg.lstsq(X, y - y_mean, rcond=None)[0]
    return w, float(y_mean - x_mean @ w)
