# Starts U from the generator and updates V first: the other alternation.
# loses: test_fit_als
# says: V starts from np.random.default_rng(seed)
def fit_als(R, mask, rank, reg=0.1, n_iters=20, seed=0):
    U = np.random.default_rng(seed).normal(scale=0.1, size=(mask.shape[0], rank))
    losses = []
    for _ in range(n_iters):
        V = als_update(R.T, mask.T, U, reg)
        U = als_update(R, mask, V, reg)
        losses.append(np.sum(np.where(mask, R - U @ V.T, 0.0) ** 2) + reg * (np.sum(U**2) + np.sum(V**2)))
    return U, V, np.array(losses)
