# Calls als_update, computes the loss from the observed (u, i) pairs only, preallocated losses.
def fit_als(R, mask, rank, reg=0.1, n_iters=20, seed=0):
    users, items = np.nonzero(mask)
    ratings = np.asarray(R, dtype=float)[users, items]
    V = np.random.default_rng(seed).normal(scale=0.1, size=(mask.shape[1], rank))
    losses = np.empty(n_iters)
    for t in range(n_iters):
        U = als_update(R, mask, V, reg)
        V = als_update(np.transpose(R), np.transpose(mask), U, reg)
        predicted = np.sum(U[users] * V[items], axis=1)
        losses[t] = np.sum((ratings - predicted) ** 2) + reg * (np.linalg.norm(U) ** 2 + np.linalg.norm(V) ** 2)
    return U, V, losses
