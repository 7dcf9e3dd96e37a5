# The cache lacks the input X.
# loses: test_mlp_forward_cache
# says: missing ['X']
def mlp_forward(X, params):
    z1 = X @ params["W1"] + params["b1"]
    h = np.maximum(z1, 0)
    return h @ params["W2"] + params["b2"], {"z1": z1, "h": h}
