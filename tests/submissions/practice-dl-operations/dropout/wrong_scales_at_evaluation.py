# Classic (not inverted) dropout at evaluation: multiplies by 1 - p there.
# loses: test_dropout_modes
# says: in evaluation the output is x itself
def dropout(x, p, training=True, seed=0):
    x = np.asarray(x, dtype=float)
    if not training:
        return x * (1 - p), np.ones(x.shape, dtype=bool)
    if p == 1:
        return np.zeros(x.shape), np.zeros(x.shape, dtype=bool)
    mask = np.random.default_rng(seed).random(x.shape) >= p
    return x * mask / (1 - p), mask
