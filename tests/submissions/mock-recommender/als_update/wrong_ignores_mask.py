# Solves every user's ridge regression on all items, reading the unobserved entries of R.
# loses: test_als_update, test_als_update_mask
# says: only the observed entries count
def als_update(R, mask, V, reg):
    A = V.T @ V + reg * np.eye(V.shape[1])
    return np.linalg.solve(A, V.T @ R.T).T
