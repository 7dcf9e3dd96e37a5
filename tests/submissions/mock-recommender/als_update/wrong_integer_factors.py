# Allocates U like R: integer ratings give integer (truncated) factors.
# loses: test_als_update_api
# says: expected floats, also for integer ratings
def als_update(R, mask, V, reg):
    U = np.zeros_like(R, shape=(R.shape[0], V.shape[1]))
    for u in range(R.shape[0]):
        if mask[u].any():
            Vu = V[mask[u]]
            U[u] = np.linalg.solve(Vu.T @ Vu + reg * np.eye(V.shape[1]), Vu.T @ R[u, mask[u]])
    return U
