# Adds b1 after the ReLU.
# loses: test_mlp_forward
# says: b1 is added before the ReLU
def mlp_forward(X, params):
    a = X @ params["W1"]
    h = np.maximum(a, 0) + params["b1"]
    logits = h @ params["W2"] + params["b2"]
    return logits, {"X": X, "z1": a + params["b1"], "h": h}
