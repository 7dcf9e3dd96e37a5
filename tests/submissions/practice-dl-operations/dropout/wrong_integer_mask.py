# A 0/1 integer mask from rng.binomial instead of booleans.
# loses: test_dropout
# says: booleans
def dropout(x, p, training=True, seed=0):
    x = np.asarray(x, dtype=float)
    if not training or p == 0:
        return x.copy(), np.ones(x.shape, dtype=bool)
    if p == 1:
        return np.zeros(x.shape), np.zeros(x.shape, dtype=bool)
    mask = np.random.default_rng(seed).binomial(1, 1 - p, size=x.shape)
    return x * mask / (1 - p), mask
