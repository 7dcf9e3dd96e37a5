# Forgets the output bias.
# loses: test_mlp_forward
# says: b2 is added to the output
def mlp_forward(X, params):
    z1 = X @ params["W1"] + params["b1"]
    h = np.maximum(z1, 0)
    return h @ params["W2"], {"X": X, "z1": z1, "h": h}
