# The textbook formula theta = (A^T A)^-1 A^T y with np.linalg.inv: singular (or garbage) for
# rank-deficient X, and squares the condition number, so a feature near 1e4 loses accuracy.
# loses: test_linear_regression_closed_form_rank_deficient, test_linear_regression_closed_form_conditioning
# says: Singular matrix
# says: inverting XᵀX squares the condition number
def linear_regression_closed_form(X, y):
    X = np.asarray(X, dtype=float)
    A = np.column_stack([np.ones(len(X)), X])
    theta = np.linalg.inv(A.T @ A) @ A.T @ np.asarray(y, dtype=float)
    return theta[1:], float(theta[0])
