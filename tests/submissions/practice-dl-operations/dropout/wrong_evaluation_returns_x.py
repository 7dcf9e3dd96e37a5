# In evaluation returns x itself, not a copy.
# loses: test_dropout_modes
# says: expected a copy
def dropout(x, p, training=True, seed=0):
    if not training or p == 0:
        return x, np.ones(np.shape(x), dtype=bool)
    x = np.asarray(x, dtype=float)
    if p == 1:
        return np.zeros(x.shape), np.zeros(x.shape, dtype=bool)
    mask = np.random.default_rng(seed).random(x.shape) >= p
    return x * mask / (1 - p), mask
