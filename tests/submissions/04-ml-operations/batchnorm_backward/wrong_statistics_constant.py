# Treats the batch mean and variance as constants: dx = dout * gamma * inv_std.
# loses: test_batchnorm_backward
# says: treats the mean and variance as constants
def batchnorm_backward(dout, cache):
    """Gradients of batch normalisation (training mode) from the upstream gradient dout (N, D).

    cache : dict with "x_hat" (N, D), "gamma" (D,) and "inv_std" (D,).
    Returns (dx (N, D), dgamma (D,), dbeta (D,)).
    """
    dout = np.asarray(dout, dtype=float)
    x_hat, gamma, inv_std = cache["x_hat"], cache["gamma"], cache["inv_std"]
    n = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    g = dout * gamma
    # The mean and variance paths collapse into two column sums.
    dx = g * inv_std
    return dx, dgamma, dbeta
