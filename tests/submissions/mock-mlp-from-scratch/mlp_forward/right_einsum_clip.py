# einsum and np.clip, an extra cache entry, copies of the inputs in the cache.
def mlp_forward(X, params):
    X = np.array(X, dtype=np.float64)
    pre = np.einsum("nd,dh->nh", X, params["W1"]) + params["b1"][None, :]
    act = np.clip(pre, 0.0, None)
    out = np.einsum("nh,hk->nk", act, params["W2"]) + params["b2"][None, :]
    return out, {"X": X.copy(), "z1": pre, "h": act, "logits": out}
