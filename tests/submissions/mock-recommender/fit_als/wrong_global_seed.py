# Seeds NumPy's global generator instead of np.random.default_rng(seed).
# loses: test_fit_als
# says: not from NumPy's global random state
def fit_als(R, mask, rank, reg=0.1, n_iters=20, seed=0):
    np.random.seed(seed)
    V = np.random.normal(scale=0.1, size=(mask.shape[1], rank))
    losses = []
    for _ in range(n_iters):
        U = als_update(R, mask, V, reg)
        V = als_update(R.T, mask.T, U, reg)
        losses.append(np.sum(np.where(mask, R - U @ V.T, 0.0) ** 2) + reg * (np.sum(U**2) + np.sum(V**2)))
    return U, V, np.array(losses)
