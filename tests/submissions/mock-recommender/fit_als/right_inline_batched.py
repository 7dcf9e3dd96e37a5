# Does not call als_update: its own batched ridge solve for both sides; losses as a list of floats.
def fit_als(R, mask, rank, reg=0.1, n_iters=20, seed=0):
    M = mask.astype(float)
    Rz = np.where(mask, R, 0.0)

    def solve(M, Rz, F):
        A = np.einsum("ui,ik,il->ukl", M, F, F) + reg * np.eye(rank)
        return np.linalg.solve(A, (Rz @ F)[..., None])[..., 0]

    rng = np.random.default_rng(seed)
    V = rng.normal(0.0, 0.1, (mask.shape[1], rank))
    losses = []
    for _ in range(n_iters):
        U = solve(M, Rz, V)
        V = solve(M.T, Rz.T, U)
        losses.append(float((M * (Rz - U @ V.T) ** 2).sum() + reg * ((U**2).sum() + (V**2).sum())))
    return U, V, losses
