# Coin flips from rng.binomial, turned into booleans; out with np.where.
def dropout(x, p, training=True, seed=0):
    x = np.array(x, dtype=float)
    if not training or p == 0:
        return x, np.full(x.shape, True)
    mask = np.random.default_rng(seed).binomial(1, 1 - p, size=x.shape).astype(bool)
    if p == 1:
        return np.zeros_like(x), mask
    return np.where(mask, x / (1 - p), 0.0), mask
