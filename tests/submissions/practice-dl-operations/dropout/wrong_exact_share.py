# Drops exactly round(p * n) entries chosen by a permutation: right on average, but the entries are
# not independent (the count never varies).
# loses: test_dropout
# says: always the same, as if a fixed share of the entries were dropped
def dropout(x, p, training=True, seed=0):
    x = np.asarray(x, dtype=float)
    if not training or p == 0:
        return x.copy(), np.ones(x.shape, dtype=bool)
    if p == 1:
        return np.zeros(x.shape), np.zeros(x.shape, dtype=bool)
    order = np.random.default_rng(seed).permutation(x.size)
    mask = np.ones(x.size, dtype=bool)
    mask[order[: round(p * x.size)]] = False
    mask = mask.reshape(x.shape)
    return x * mask / (1 - p), mask
