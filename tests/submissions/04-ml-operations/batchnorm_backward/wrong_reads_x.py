# Needs the raw x in the cache, which the task says is not there.
# loses: test_batchnorm_backward, test_batchnorm_backward_cache
# says: raised KeyError
def batchnorm_backward(dout, cache):
    x, gamma, inv_std = cache["x"], cache["gamma"], cache["inv_std"]
    n = dout.shape[0]
    x_hat = (x - x.mean(axis=0)) * inv_std
    g = dout * gamma
    dx = inv_std / n * (n * g - g.sum(axis=0) - x_hat * (g * x_hat).sum(axis=0))
    return dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
