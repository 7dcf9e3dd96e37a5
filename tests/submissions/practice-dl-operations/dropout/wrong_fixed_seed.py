# Always seed 0, whatever the argument: every call draws the same mask.
# loses: test_dropout, test_dropout_seed
# says: the seed to choose the mask
def dropout(x, p, training=True, seed=0):
    x = np.asarray(x, dtype=float)
    if not training or p == 0:
        return x.copy(), np.ones(x.shape, dtype=bool)
    if p == 1:
        return np.zeros(x.shape), np.zeros(x.shape, dtype=bool)
    mask = np.random.default_rng(0).random(x.shape) >= p
    return x * mask / (1 - p), mask
