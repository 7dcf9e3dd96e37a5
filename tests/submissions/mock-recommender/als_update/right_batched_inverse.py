# Every user's Gram matrix by broadcasting, the rated ratings by boolean indexing, one batched inverse.
def als_update(R, mask, V, reg):
    W = mask[:, :, None, None] * (V[:, :, None] * V[:, None, :])[None]  # (n_users, n_items, r, r)
    A = W.sum(axis=1) + reg * np.eye(V.shape[1])
    Rf = np.zeros(mask.shape)
    Rf[mask] = R[mask]
    b = Rf @ V
    return np.einsum("ukl,ul->uk", np.linalg.inv(A), b)
