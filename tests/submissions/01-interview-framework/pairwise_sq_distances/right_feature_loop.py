# Vectorised over the points, with a short loop over the d features (allowed by the task).
def pairwise_sq_distances(A, B):
    D = np.zeros((A.shape[0], B.shape[0]))
    for k in range(A.shape[1]):
        D += (A[:, k][:, None] - B[:, k][None, :]) ** 2
    return D
