# Draws one mask for the last axis and broadcasts it over every row: whole features dropped together.
# loses: test_dropout_seed
# says: repeat along axis 0
def dropout(x, p, training=True, seed=0):
    x = np.asarray(x, dtype=float)
    if not training or p == 0:
        return x.copy(), np.ones(x.shape, dtype=bool)
    if p == 1:
        return np.zeros(x.shape), np.zeros(x.shape, dtype=bool)
    row = np.random.default_rng(seed).random(x.shape[-1]) >= p
    mask = np.broadcast_to(row, x.shape).copy()
    return x * mask / (1 - p), mask
