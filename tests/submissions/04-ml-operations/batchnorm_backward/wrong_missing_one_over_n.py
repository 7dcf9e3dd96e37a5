# Drops the 1 / N of the simplified formula.
# loses: test_batchnorm_backward
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
    dx = inv_std * (n * g - g.sum(axis=0) - x_hat * (g * x_hat).sum(axis=0))
    return dx, dgamma, dbeta
