# tanh instead of ReLU in the hidden layer.
# loses: test_mlp_forward
# says: not tanh
def mlp_forward(X, params):
    z1 = X @ params["W1"] + params["b1"]
    h = np.tanh(z1)
    return h @ params["W2"] + params["b2"], {"X": X, "z1": z1, "h": h}
