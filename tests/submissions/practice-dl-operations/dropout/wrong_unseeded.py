# Forgets the seed: a fresh, unseeded generator at each call.
# loses: test_dropout_seed
# says: the same seed must give the same mask
def dropout(x, p, training=True, seed=0):
    x = np.asarray(x, dtype=float)
    if not training or p == 0:
        return x.copy(), np.ones(x.shape, dtype=bool)
    if p == 1:
        return np.zeros(x.shape), np.zeros(x.shape, dtype=bool)
    mask = np.random.default_rng().random(x.shape) >= p
    return x * mask / (1 - p), mask
