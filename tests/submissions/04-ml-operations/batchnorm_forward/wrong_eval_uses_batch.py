# Evaluation mode still normalises with the batch's statistics.
# loses: test_batchnorm_forward_running_stats
def batchnorm_forward(x, gamma, beta, running_mean, running_var, training=True, momentum=0.1, eps=1e-5):
    """Batch normalisation over axis 0 of x (N, D), as torch.nn.functional.batch_norm.

    Returns (out (N, D), new running_mean (D,), new running_var (D,), cache) where cache holds
    "x_hat" (N, D), "gamma" (D,) and "inv_std" (D,) for batchnorm_backward.
    """
    x = np.asarray(x, dtype=float)
    if training:
        n = x.shape[0]
        mean = x.mean(axis=0)
        var = x.var(axis=0)  # biased (÷ N), to normalise
        running_mean = (1 - momentum) * running_mean + momentum * mean
        running_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)  # unbiased
    else:
        mean, var = x.mean(axis=0), x.var(axis=0)
        running_mean, running_var = np.array(running_mean, dtype=float), np.array(running_var, dtype=float)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mean) * inv_std
    out = gamma * x_hat + beta
    cache = {"x_hat": x_hat, "gamma": np.asarray(gamma, dtype=float), "inv_std": inv_std}
    return out, running_mean, running_var, cache
