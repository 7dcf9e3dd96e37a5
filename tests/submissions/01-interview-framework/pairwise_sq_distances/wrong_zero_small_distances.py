# Sets every distance below 1e-5 to 0 "to clean up round-off": close but distinct points
# become duplicates.
# loses: test_pairwise_sq_distances_nonnegative
# says: distances near 1e-6 are small but not 0
def pairwise_sq_distances(A, B):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    D = (A**2).sum(axis=1)[:, None] - 2 * A @ B.T + (B**2).sum(axis=1)[None, :]
    D[D < 1e-5] = 0.0
    return D
