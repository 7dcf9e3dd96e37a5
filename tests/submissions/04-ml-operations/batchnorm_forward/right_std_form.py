# np.std for the normalisation, np.var(ddof=1) for the running variance.
def batchnorm_forward(x, gamma, beta, running_mean, running_var, training=True, momentum=0.1, eps=1e-5):
    x = np.asarray(x, dtype=float)
    if training:
        mean = np.mean(x, axis=0)
        var = np.std(x, axis=0) ** 2
        new_mean = (1 - momentum) * running_mean + momentum * mean
        new_var = (1 - momentum) * running_var + momentum * np.var(x, axis=0, ddof=1)
    else:
        mean, var = running_mean, running_var
        new_mean, new_var = running_mean, running_var
    inv_std = (var + eps) ** -0.5
    x_hat = (x - mean) * inv_std
    return x_hat * gamma + beta, new_mean, new_var, dict(x_hat=x_hat, gamma=gamma, inv_std=inv_std)
