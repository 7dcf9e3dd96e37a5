# Seeds NumPy's global generator: reproducible, but it resets everybody else's random state.
# loses: test_dropout_seed
# says: changed NumPy's global random state
def dropout(x, p, training=True, seed=0):
    x = np.asarray(x, dtype=float)
    if not training or p == 0:
        return x.copy(), np.ones(x.shape, dtype=bool)
    if p == 1:
        return np.zeros(x.shape), np.zeros(x.shape, dtype=bool)
    np.random.seed(seed)
    mask = np.random.rand(*x.shape) >= p
    return x * mask / (1 - p), mask
