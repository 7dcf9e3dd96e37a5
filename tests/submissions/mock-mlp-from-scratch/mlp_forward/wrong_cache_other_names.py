# Names the cache entries its own way ("a1" for the activation).
# loses: test_mlp_forward_cache
# says: expected 'X', 'z1' and 'h'
def mlp_forward(X, params):
    z1 = X @ params["W1"] + params["b1"]
    a1 = np.maximum(z1, 0)
    return a1 @ params["W2"] + params["b2"], {"X": X, "z1": z1, "a1": a1}
