# Records the loss at the start of each iteration, before its updates (U starts at zeros).
# loses: test_fit_als, test_fit_als_objective
# says: record the loss AFTER the iteration's two updates
def fit_als(R, mask, rank, reg=0.1, n_iters=20, seed=0):
    V = np.random.default_rng(seed).normal(scale=0.1, size=(mask.shape[1], rank))
    U = np.zeros((mask.shape[0], rank))
    losses = []
    for _ in range(n_iters):
        losses.append(np.sum(np.where(mask, R - U @ V.T, 0.0) ** 2) + reg * (np.sum(U**2) + np.sum(V**2)))
        U = als_update(R, mask, V, reg)
        V = als_update(R.T, mask.T, U, reg)
    return U, V, np.array(losses)
