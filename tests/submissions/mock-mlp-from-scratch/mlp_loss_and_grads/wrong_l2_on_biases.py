# Penalises the biases too.
# loses: test_mlp_loss_and_grads_l2
# says: the penalty is on the weights W1 and W2 only, not the biases
def mlp_loss_and_grads(X, y, params, l2=0.0):
    logits, cache = mlp_forward(X, params)
    N = len(y)
    s = logits - logits.max(axis=1, keepdims=True)
    logp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    loss = -logp[np.arange(N), y].mean() + 0.5 * l2 * sum(np.sum(v ** 2) for v in params.values())
    d = np.exp(logp)
    d[np.arange(N), y] -= 1
    d /= N
    dz1 = (d @ params["W2"].T) * (cache["z1"] > 0)
    return loss, {"W1": cache["X"].T @ dz1 + l2 * params["W1"], "b1": dz1.sum(0) + l2 * params["b1"],
                  "W2": cache["h"].T @ d + l2 * params["W2"], "b2": d.sum(0) + l2 * params["b2"]}
