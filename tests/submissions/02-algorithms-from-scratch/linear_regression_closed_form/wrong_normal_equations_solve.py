# np.linalg.solve on the normal equations: better than inv, but still A^T A, which is
# singular for rank-deficient X (LinAlgError) and ill-conditioned for a feature near 1e4.
# loses: test_linear_regression_closed_form_rank_deficient
# says: Singular matrix
def linear_regression_closed_form(X, y):
    X = np.asarray(X, dtype=float)
    A = np.column_stack([np.ones(len(X)), X])
    theta = np.linalg.solve(A.T @ A, A.T @ np.asarray(y, dtype=float))
    return theta[1:], float(theta[0])
