# Updates the caller's dict in place (and returns it), one head at a time in a loop, with its
# own helpers.
def ln(x, g, b):
    mu = x.mean(-1, keepdims=True)
    return g * (x - mu) / np.sqrt(x.var(-1, keepdims=True) + 1e-5) + b


def decode_step(x_t, params, n_heads, cache=None):
    p = params
    B, D = x_t.shape
    d = D // n_heads
    q, k, v = np.split(ln(x_t, p["ln1_g"], p["ln1_b"]) @ p["w_qkv"], 3, axis=1)
    k, v = k.reshape(B, n_heads, 1, d), v.reshape(B, n_heads, 1, d)
    if cache is None:
        cache = {"k": k, "v": v}
    else:
        cache["k"] = np.concatenate((cache["k"], k), axis=2)
        cache["v"] = np.concatenate((cache["v"], v), axis=2)
    heads = []
    for h in range(n_heads):
        qh = q[:, h * d:(h + 1) * d]  # (B, d)
        s = np.einsum("be,bte->bt", qh, cache["k"][:, h]) / np.sqrt(d)
        w = np.exp(s - s.max(1, keepdims=True))
        heads.append(np.einsum("bt,bte->be", w / w.sum(1, keepdims=True), cache["v"][:, h]))
    a = x_t + np.concatenate(heads, axis=1) @ p["w_o"]
    z = ln(a, p["ln2_g"], p["ln2_b"]) @ p["w_fc"] + p["b_fc"]
    return a + (0.5 * z * (1 + np.tanh(np.sqrt(2 / np.pi) * (z + 0.044715 * z**3)))) @ p["w_proj"] + p["b_proj"], cache
