# Reads p as the probability of keeping an entry.
# loses: test_dropout
# says: p is the probability of DROPPING an entry
def dropout(x, p, training=True, seed=0):
    x = np.asarray(x, dtype=float)
    if not training or p == 0:
        return x.copy(), np.ones(x.shape, dtype=bool)
    if p == 1:
        return np.zeros(x.shape), np.zeros(x.shape, dtype=bool)
    mask = np.random.default_rng(seed).random(x.shape) < p
    return x * mask / (1 - p), mask
