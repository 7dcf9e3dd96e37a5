# The ReLU as z1 * (z1 > 0), matmul through np.dot, the cache built with dict(...).
def mlp_forward(X, params):
    W1, b1, W2, b2 = (params[k] for k in ("W1", "b1", "W2", "b2"))
    z1 = np.dot(X, W1) + b1
    h = z1 * (z1 > 0)
    logits = np.dot(h, W2) + b2
    cache = dict(X=X, z1=z1, h=h)
    return logits, cache
