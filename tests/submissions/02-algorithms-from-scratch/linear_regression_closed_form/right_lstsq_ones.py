# A column of ones for the intercept and np.linalg.lstsq (SVD-based: any least-squares solution
# when X is rank-deficient, sound when X is ill-conditioned).
def linear_regression_closed_form(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(X)), X])
    theta = np.linalg.lstsq(A, y, rcond=None)[0]
    return theta[1:], float(theta[0])
