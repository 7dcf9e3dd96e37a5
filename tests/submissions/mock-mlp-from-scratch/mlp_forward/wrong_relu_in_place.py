# Applies the ReLU in place: h and z1 are the same array, so the cached z1 lost its negatives.
# loses: test_mlp_forward_cache
# says: a ReLU applied in place to z1 changes it too
def mlp_forward(X, params):
    z1 = X @ params["W1"] + params["b1"]
    h = z1
    h[h < 0] = 0.0
    logits = h @ params["W2"] + params["b2"]
    return logits, {"X": X, "z1": z1, "h": h}
