# The penalty as l2 * ||W||² (no 1/2), with its gradient 2 * l2 * W.
# loses: test_mlp_loss_and_grads_l2
# says: mind the 1/2
def mlp_loss_and_grads(X, y, params, l2=0.0):
    logits, cache = mlp_forward(X, params)
    N = len(y)
    s = logits - logits.max(axis=1, keepdims=True)
    logp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    loss = -logp[np.arange(N), y].mean() + l2 * (np.sum(params["W1"] ** 2) + np.sum(params["W2"] ** 2))
    d = np.exp(logp)
    d[np.arange(N), y] -= 1
    d /= N
    dz1 = (d @ params["W2"].T) * (cache["z1"] > 0)
    return loss, {"W1": cache["X"].T @ dz1 + 2 * l2 * params["W1"], "b1": dz1.sum(0),
                  "W2": cache["h"].T @ d + 2 * l2 * params["W2"], "b2": d.sum(0)}
