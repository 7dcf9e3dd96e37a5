# Stores the ReLU output under "z1": the backward pass cannot see the pre-activation.
# loses: test_mlp_forward_cache
# says: cache['z1'] holds the pre-activation
def mlp_forward(X, params):
    h = np.maximum(X @ params["W1"] + params["b1"], 0)
    logits = h @ params["W2"] + params["b2"]
    return logits, {"X": X, "z1": h, "h": h}
