# Drops entries but forgets to scale the kept ones by 1 / (1 - p).
# loses: test_dropout
# says: scales the kept entries by 1 / (1 - p)
def dropout(x, p, training=True, seed=0):
    x = np.asarray(x, dtype=float)
    if not training or p == 0:
        return x.copy(), np.ones(x.shape, dtype=bool)
    mask = np.random.default_rng(seed).random(x.shape) >= p
    return x * mask, mask
