# Returns Euclidean distances (with a square root) instead of squared distances.
# loses: test_pairwise_sq_distances
# says: no square root
def pairwise_sq_distances(A, B):
    diff = A[:, None, :] - B[None, :, :]
    return np.sqrt((diff**2).sum(axis=-1))
