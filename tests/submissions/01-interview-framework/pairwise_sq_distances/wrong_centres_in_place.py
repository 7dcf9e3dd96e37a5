# Centres the points to reduce cancellation, a good idea, but with -= on the caller's arrays:
# A and B are modified, and when they are the same array it is shifted twice.
# loses: test_pairwise_sq_distances_nonnegative
# says: modified its input `A` in place
def pairwise_sq_distances(A, B):
    shift = A.mean(axis=0)
    A -= shift
    B -= shift
    D = (A**2).sum(axis=1)[:, None] - 2 * A @ B.T + (B**2).sum(axis=1)[None, :]
    return np.maximum(D, 0.0)
