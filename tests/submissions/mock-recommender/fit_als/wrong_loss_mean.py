# Averages the squared errors over the observed entries instead of summing them.
# loses: test_fit_als, test_fit_als_objective
# says: not their mean
def fit_als(R, mask, rank, reg=0.1, n_iters=20, seed=0):
    V = np.random.default_rng(seed).normal(scale=0.1, size=(mask.shape[1], rank))
    losses = []
    for _ in range(n_iters):
        U = als_update(R, mask, V, reg)
        V = als_update(R.T, mask.T, U, reg)
        losses.append(np.mean((R - U @ V.T)[mask] ** 2) + reg * (np.sum(U**2) + np.sum(V**2)))
    return U, V, np.array(losses)
