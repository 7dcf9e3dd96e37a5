# Sums the squared errors over every entry of R, unobserved ones included.
# loses: test_fit_als, test_fit_als_objective
# says: over the observed entries only
def fit_als(R, mask, rank, reg=0.1, n_iters=20, seed=0):
    V = np.random.default_rng(seed).normal(scale=0.1, size=(mask.shape[1], rank))
    losses = []
    for _ in range(n_iters):
        U = als_update(R, mask, V, reg)
        V = als_update(R.T, mask.T, U, reg)
        losses.append(np.sum((R - U @ V.T) ** 2) + reg * (np.sum(U**2) + np.sum(V**2)))
    return U, V, np.array(losses)
