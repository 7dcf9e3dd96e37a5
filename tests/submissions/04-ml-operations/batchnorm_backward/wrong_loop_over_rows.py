# Right values, computed one row of the batch at a time.
# loses: test_batchnorm_backward_vectorised
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache["x_hat"], cache["gamma"], cache["inv_std"]
    n = dout.shape[0]
    g = dout * gamma
    g_sum, gx_sum = g.sum(axis=0), (g * x_hat).sum(axis=0)
    dx = np.empty_like(g)
    for i in range(n):
        dx[i] = inv_std / n * (n * g[i] - g_sum - x_hat[i] * gx_sum)
    return dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
