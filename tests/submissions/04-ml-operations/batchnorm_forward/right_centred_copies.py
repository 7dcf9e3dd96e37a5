# Centres by hand, and returns copies of the running statistics in both modes.
def batchnorm_forward(x, gamma, beta, running_mean, running_var, training=True, momentum=0.1, eps=1e-5):
    x = np.asarray(x, dtype=float)
    running_mean = np.array(running_mean, dtype=float, copy=True)
    running_var = np.array(running_var, dtype=float, copy=True)
    if training:
        n = x.shape[0]
        mean = x.sum(axis=0) / n
        centred = x - mean
        var = (centred * centred).sum(axis=0) / n
        running_mean = running_mean + momentum * (mean - running_mean)
        running_var = running_var + momentum * (var * n / (n - 1) - running_var)
    else:
        mean, var = running_mean, running_var
        centred = x - mean
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = centred * inv_std
    return gamma * x_hat + beta, running_mean, running_var, {"x_hat": x_hat, "gamma": gamma, "inv_std": inv_std, "mean": mean}
