# Kept when a uniform draw falls below 1 - p (the other end of the interval).
def dropout(x, p, training=True, seed=0):
    x = np.asarray(x, dtype=float)
    if not training:
        return x + 0.0, np.ones(x.shape, bool)
    mask = np.random.default_rng(seed).uniform(size=x.shape) < 1 - p
    out = np.zeros(x.shape)
    out[mask] = x[mask] / (1 - p)
    return out, mask
