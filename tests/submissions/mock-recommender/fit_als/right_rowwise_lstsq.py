# Its own half-step (ridge as least squares on an augmented system, one row at a time), the
# loss through einsum on a zero-filled copy of R.
def fit_als(R, mask, rank, reg=0.1, n_iters=20, seed=0):
    def half_step(ratings, seen, F):
        out = np.zeros((seen.shape[0], rank))
        for row in range(seen.shape[0]):
            A = np.vstack([F[seen[row]], np.sqrt(reg) * np.eye(rank)])
            b = np.concatenate([ratings[row, seen[row]], np.zeros(rank)])
            out[row] = np.linalg.lstsq(A, b, rcond=None)[0]
        return out

    filled = np.where(mask, R, 0).astype(float)
    V = np.random.default_rng(seed).normal(scale=0.1, size=(mask.shape[1], rank))
    losses = np.zeros(n_iters)
    for t in range(n_iters):
        U = half_step(filled, mask, V)
        V = half_step(filled.T, mask.T, U)
        E = (filled - np.einsum("uk,ik->ui", U, V)) * mask
        losses[t] = np.einsum("ui,ui->", E, E) + reg * (np.einsum("uk,uk->", U, U) + np.einsum("ik,ik->", V, V))
    return U, V, losses
