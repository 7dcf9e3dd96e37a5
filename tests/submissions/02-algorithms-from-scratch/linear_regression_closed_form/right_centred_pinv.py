# Centres X and y, solves the centred problem with the pseudo-inverse of X (not of X^T X), and
# recovers the intercept from the means: b = mean(y) - mean(X) @ w.
def linear_regression_closed_form(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    w = np.linalg.pinv(X - x_mean) @ (y - y_mean)
    return w, float(y_mean - x_mean @ w)
