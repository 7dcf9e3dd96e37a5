# No centring: a column of ones for the intercept, and a penalty matrix with 0 in the intercept's
# place, diag(0, alpha, ..., alpha).
def ridge_closed_form(X, y, alpha):
    X = np.asarray(X, dtype=float)
    A = np.column_stack([np.ones(len(X)), X])
    penalty = alpha * np.eye(A.shape[1])
    penalty[0, 0] = 0.0
    theta = np.linalg.solve(A.T @ A + penalty, A.T @ np.asarray(y, dtype=float))
    return theta[1:], float(theta[0])
