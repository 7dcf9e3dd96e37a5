# Gradients accumulated one row at a time, then averaged; the cache from mlp_forward.
def mlp_loss_and_grads(X, y, params, l2=0.0):
    logits, cache = mlp_forward(X, params)
    N = logits.shape[0]
    grads = {key: np.zeros_like(value, dtype=float) for key, value in params.items()}
    total = 0.0
    for i in range(N):
        row = logits[i]
        m = row.max()
        log_z = m + np.log(np.sum(np.exp(row - m)))
        total += log_z - row[y[i]]
        g = np.exp(row - log_z)
        g[y[i]] -= 1.0
        grads["W2"] += np.outer(cache["h"][i], g)
        grads["b2"] += g
        gz = (params["W2"] @ g) * (cache["z1"][i] > 0)
        grads["W1"] += np.outer(cache["X"][i], gz)
        grads["b1"] += gz
    grads = {key: value / N for key, value in grads.items()}
    grads["W1"] += l2 * params["W1"]
    grads["W2"] += l2 * params["W2"]
    return total / N + 0.5 * l2 * (np.sum(params["W1"] ** 2) + np.sum(params["W2"] ** 2)), grads
