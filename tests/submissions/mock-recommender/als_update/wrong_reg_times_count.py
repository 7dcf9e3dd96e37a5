# Scales the penalty by the user's number of ratings (the ALS-WR weighting), not what was asked.
# loses: test_als_update
# says: not reg times the user's number of ratings
def als_update(R, mask, V, reg):
    U = np.zeros((mask.shape[0], V.shape[1]))
    for u in range(mask.shape[0]):
        n = mask[u].sum()
        if n:
            Vu = V[mask[u]]
            U[u] = np.linalg.solve(Vu.T @ Vu + reg * n * np.eye(V.shape[1]), Vu.T @ R[u, mask[u]])
    return U
