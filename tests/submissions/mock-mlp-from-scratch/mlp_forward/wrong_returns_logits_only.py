# Returns only the logits, no cache.
# loses: test_mlp_forward, test_mlp_forward_cache, test_mlp_forward_api
# says: expected a tuple of 2
def mlp_forward(X, params):
    h = np.maximum(X @ params["W1"] + params["b1"], 0)
    return h @ params["W2"] + params["b2"]
