# Right values, but a Python loop over the rows of A.
# loses: test_pairwise_sq_distances_vectorised
def pairwise_sq_distances(A, B):
    D = np.empty((A.shape[0], B.shape[0]))
    for i in range(A.shape[0]):
        D[i] = ((B - A[i]) ** 2).sum(axis=1)
    return D
