# The expansion ||a||^2 - 2 a.b + ||b||^2 without clipping: round-off gives negatives.
# loses: test_pairwise_sq_distances_nonnegative
# says: negative distance
def pairwise_sq_distances(A, B):
    sq_a = (A**2).sum(axis=1)[:, None]
    sq_b = (B**2).sum(axis=1)[None, :]
    return sq_a - 2 * A @ B.T + sq_b
