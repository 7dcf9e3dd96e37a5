# Right fit, but writes zeros into the unobserved entries of the caller's R.
# loses: test_fit_als_api
# says: modified its input `R` in place
def fit_als(R, mask, rank, reg=0.1, n_iters=20, seed=0):
    R[~mask] = 0.0
    V = np.random.default_rng(seed).normal(scale=0.1, size=(mask.shape[1], rank))
    losses = []
    for _ in range(n_iters):
        U = als_update(R, mask, V, reg)
        V = als_update(R.T, mask.T, U, reg)
        losses.append(np.sum((R - U @ V.T)[mask] ** 2) + reg * (np.sum(U**2) + np.sum(V**2)))
    return U, V, np.array(losses)
