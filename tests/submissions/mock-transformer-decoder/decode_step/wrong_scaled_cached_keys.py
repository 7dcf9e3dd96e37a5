# Folds 1/sqrt(d) into the cached keys: the outputs are right, but the cache no longer holds the
# keys as the layer computes them.
# loses: test_decode_step_cache
# says: unscaled: the 1/sqrt(d) belongs to the scores
def layer_norm(x, g, b, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * g + b


def gelu(z):
    return 0.5 * z * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (z + 0.044715 * z**3)))


def decode_step(x_t, params, n_heads, cache=None):
    p = params
    B, D = x_t.shape
    d = D // n_heads
    qkv = layer_norm(x_t, p["ln1_g"], p["ln1_b"]) @ p["w_qkv"]
    q, k, v = (t.reshape(B, n_heads, 1, d) for t in np.split(qkv, 3, axis=-1))
    k = k / np.sqrt(d)
    if cache is not None:
        k = np.concatenate([cache["k"], k], axis=2)
        v = np.concatenate([cache["v"], v], axis=2)
    s = q @ k.transpose(0, 1, 3, 2)
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    w /= w.sum(axis=-1, keepdims=True)
    a = x_t + (w @ v).reshape(B, D) @ p["w_o"]
    y = a + gelu(layer_norm(a, p["ln2_g"], p["ln2_b"]) @ p["w_fc"] + p["b_fc"]) @ p["w_proj"] + p["b_proj"]
    return y, {"k": k, "v": v}
