# Returns the cache as a tuple (X, z1, h) instead of a dict.
# loses: test_mlp_forward_cache
# says: expected a dict
def mlp_forward(X, params):
    z1 = X @ params["W1"] + params["b1"]
    h = np.maximum(z1, 0)
    return h @ params["W2"] + params["b2"], (X, z1, h)
