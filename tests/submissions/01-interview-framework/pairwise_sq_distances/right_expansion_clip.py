# The expansion with np.dot and np.clip.
def pairwise_sq_distances(A, B):
    D = np.sum(A * A, axis=1, keepdims=True) + np.sum(B * B, axis=1) - 2 * np.dot(A, B.T)
    return np.clip(D, 0, None)
