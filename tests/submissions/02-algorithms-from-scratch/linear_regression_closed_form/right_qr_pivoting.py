# QR with column pivoting (scipy.linalg.qr): the numerical rank from the diagonal of R, a
# triangular solve on the independent columns, zeros for the others (a "basic" least-squares
# solution, right wherever X is rank-deficient since only fitted values matter).
def linear_regression_closed_form(X, y):
    import scipy.linalg

    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(X)), X])
    Q, R, perm = scipy.linalg.qr(A, mode="economic", pivoting=True)
    diag = np.abs(np.diag(R))
    rank = int(np.sum(diag > diag[0] * max(A.shape) * np.finfo(float).eps))
    z = scipy.linalg.solve_triangular(R[:rank, :rank], Q[:, :rank].T @ y)
    theta = np.zeros(A.shape[1])
    theta[perm[:rank]] = z
    return theta[1:], float(theta[0])
