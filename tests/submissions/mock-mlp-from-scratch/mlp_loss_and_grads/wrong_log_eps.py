# A stable softmax, but the loss as log(p + 1e-12): a confident wrong answer's loss is capped at 27.6.
# loses: test_mlp_loss_and_grads_numerics
# says: log(p + eps) caps the loss
def mlp_loss_and_grads(X, y, params, l2=0.0):
    logits, cache = mlp_forward(X, params)
    N = len(y)
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs = e / e.sum(axis=1, keepdims=True)
    loss = -np.log(probs[np.arange(N), y] + 1e-12).mean() + 0.5 * l2 * (np.sum(params["W1"] ** 2) + np.sum(params["W2"] ** 2))
    d = probs.copy()
    d[np.arange(N), y] -= 1
    d /= N
    dz1 = (d @ params["W2"].T) * (cache["z1"] > 0)
    return loss, {"W1": cache["X"].T @ dz1 + l2 * params["W1"], "b1": dz1.sum(0),
                  "W2": cache["h"].T @ d + l2 * params["W2"], "b2": d.sum(0)}
