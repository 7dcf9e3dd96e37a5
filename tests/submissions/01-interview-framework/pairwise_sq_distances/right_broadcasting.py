# Broadcasting to an (n, m, d) array of differences: O(n m d) memory, exact and never negative.
def pairwise_sq_distances(A, B):
    diff = np.asarray(A, dtype=float)[:, None, :] - np.asarray(B, dtype=float)[None, :, :]
    return np.einsum("nmd,nmd->nm", diff, diff)
