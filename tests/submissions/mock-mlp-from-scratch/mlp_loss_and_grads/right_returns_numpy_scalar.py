# Returns the loss as a NumPy float, one-hot through np.eye with K from W2, the l2 term through vdot.
def mlp_loss_and_grads(X, y, params, l2=0.0):
    logits, cache = mlp_forward(X, params)
    K = params["W2"].shape[1]
    Y = np.eye(K)[np.asarray(y)]
    shifted = logits - np.max(logits, axis=1, keepdims=True)
    probs = np.exp(shifted)
    probs /= probs.sum(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    W1, W2 = params["W1"], params["W2"]
    loss = -np.sum(Y * log_probs) / len(Y) + 0.5 * l2 * (np.vdot(W1, W1) + np.vdot(W2, W2))
    delta = (probs - Y) / len(Y)
    back = delta @ W2.T
    back = np.where(cache["z1"] > 0, back, 0.0)
    return loss, {"W1": cache["X"].T @ back + l2 * W1, "b1": back.sum(axis=0),
                  "W2": cache["h"].T @ delta + l2 * W2, "b2": delta.sum(axis=0)}
