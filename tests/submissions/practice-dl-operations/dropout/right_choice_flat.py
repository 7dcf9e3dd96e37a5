# rng.choice over [True, False] for a flat vector, reshaped; the scale computed once.
def dropout(x, p, training=True, seed=0):
    x = np.asarray(x, dtype=float)
    keep = 1.0 - p
    if not training or keep == 1.0:
        return np.copy(x), np.ones_like(x, dtype=bool)
    rng = np.random.default_rng(seed)
    mask = rng.choice([True, False], size=x.size, p=[keep, p]).reshape(x.shape)
    scale = 0.0 if keep == 0.0 else 1.0 / keep
    return x * mask * scale, mask
