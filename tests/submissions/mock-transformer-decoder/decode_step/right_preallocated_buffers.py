# Keeps capacity-doubling buffers in extra keys ("k_buf", "v_buf", "n") and exposes "k" and "v" as
# views of the filled part; a cache without the buffers (or not matching them) is copied in first.
# Calls np.asarray on every weight, so the work is measured by its growth, not counted.
def decode_step(x_t, params, n_heads, cache=None):
    p = {key: np.asarray(value, dtype=float) for key, value in params.items()}
    x_t = np.asarray(x_t, dtype=float)
    B, D = x_t.shape
    d = D // n_heads

    def norm(t, g, b):
        c = t - t.mean(-1, keepdims=True)
        return c / np.sqrt((c * c).mean(-1, keepdims=True) + 1e-5) * g + b

    q, k, v = (t.reshape(B, n_heads, d) for t in np.split(norm(x_t, p["ln1_g"], p["ln1_b"]) @ p["w_qkv"], 3, axis=-1))
    T = 0 if cache is None else cache["k"].shape[2]
    state = dict(cache or {})
    if state.get("n") != T or state.get("k_buf") is None or state["k_buf"].shape[2] <= T:
        size = max(8, 2 * (T + 1))
        k_buf, v_buf = np.empty((B, n_heads, size, d)), np.empty((B, n_heads, size, d))
        if T:
            k_buf[:, :, :T], v_buf[:, :, :T] = cache["k"], cache["v"]
        state.update(k_buf=k_buf, v_buf=v_buf)
    state["k_buf"][:, :, T], state["v_buf"][:, :, T] = k, v
    keys, values = state["k_buf"][:, :, :T + 1], state["v_buf"][:, :, :T + 1]
    s = np.einsum("bhe,bhte->bht", q, keys) / np.sqrt(d)
    w = np.exp(s - s.max(-1, keepdims=True))
    w /= w.sum(-1, keepdims=True)
    a = x_t + np.einsum("bht,bhte->bhe", w, values).reshape(B, D) @ p["w_o"]
    z = norm(a, p["ln2_g"], p["ln2_b"]) @ p["w_fc"] + p["b_fc"]
    y = a + 0.5 * z * (1 + np.tanh(np.sqrt(2 / np.pi) * (z + 0.044715 * z**3))) @ p["w_proj"] + p["b_proj"]
    state.update(k=keys, v=values, n=T + 1)
    return y, state
