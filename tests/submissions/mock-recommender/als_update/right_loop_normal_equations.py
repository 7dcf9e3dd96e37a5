# One user at a time: the ridge normal equations on the items that user rated.
def als_update(R, mask, V, reg):
    n_users, r = mask.shape[0], V.shape[1]
    U = np.zeros((n_users, r))
    for u in range(n_users):
        rated = mask[u]
        if not rated.any():
            continue
        Vu = V[rated]
        U[u] = np.linalg.solve(Vu.T @ Vu + reg * np.eye(r), Vu.T @ R[u, rated])
    return U
