# Forgets the ReLU: the network is linear.
# loses: test_mlp_forward
# says: no ReLU
def mlp_forward(X, params):
    z1 = X @ params["W1"] + params["b1"]
    h = z1
    logits = h @ params["W2"] + params["b2"]
    return logits, {"X": X, "z1": z1, "h": h}
