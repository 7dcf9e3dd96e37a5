# The unsimplified chain rule, through the variance and the mean,
# with x - mean recovered as x_hat / inv_std.
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache["x_hat"], cache["gamma"], cache["inv_std"]
    n = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    centred = x_hat / inv_std
    dvar = np.sum(dx_hat * centred, axis=0) * -0.5 * inv_std**3
    dmean = -np.sum(dx_hat * inv_std, axis=0) + dvar * np.mean(-2.0 * centred, axis=0)
    dx = dx_hat * inv_std + dvar * 2.0 * centred / n + dmean / n
    return dx, dgamma, dbeta
