# Records the loss of the starting point too (U from the first V): n_iters + 1 entries.
# loses: test_fit_als, test_fit_als_objective
# says: one loss per iteration
def fit_als(R, mask, rank, reg=0.1, n_iters=20, seed=0):
    V = np.random.default_rng(seed).normal(scale=0.1, size=(mask.shape[1], rank))
    U = als_update(R, mask, V, reg)

    def loss():
        errors = np.where(mask, R - U @ V.T, 0.0)
        return np.sum(errors**2) + reg * (np.sum(U**2) + np.sum(V**2))

    losses = [loss()]
    for _ in range(n_iters):
        U = als_update(R, mask, V, reg)
        V = als_update(R.T, mask.T, U, reg)
        losses.append(loss())
    return U, V, np.array(losses)
