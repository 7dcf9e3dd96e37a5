# Returns the mask of DROPPED entries and keeps the others.
# loses: test_dropout
# says: this looks like the mask of dropped entries
def dropout(x, p, training=True, seed=0):
    x = np.asarray(x, dtype=float)
    if not training or p == 0:
        return x.copy(), np.zeros(x.shape, dtype=bool) == False  # noqa: E712
    if p == 1:
        return np.zeros(x.shape), np.zeros(x.shape, dtype=bool)
    dropped = np.random.default_rng(seed).random(x.shape) < p
    return x * ~dropped / (1 - p), dropped
