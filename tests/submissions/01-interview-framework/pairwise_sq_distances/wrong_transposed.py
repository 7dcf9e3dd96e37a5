# Returns the (m, n) matrix: rows for B, columns for A.
# loses: test_pairwise_sq_distances
def pairwise_sq_distances(A, B):
    return ((B[:, None, :] - A[None, :, :]) ** 2).sum(axis=-1)
