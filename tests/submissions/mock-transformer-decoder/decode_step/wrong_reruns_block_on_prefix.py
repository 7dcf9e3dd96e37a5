# Keeps every input so far in an extra key "x" and reruns the block on the whole prefix at each step
# (the outputs are right; each step costs O(T² D) instead of O(T D)).
# loses: test_decode_step_cache, test_decode_step_cost
# says: grew faster than the task allows
def decode_step(x_t, params, n_heads, cache=None):
    prefix = x_t[:, None] if cache is None else np.concatenate([cache["x"], x_t[:, None]], axis=1)
    y = transformer_block(prefix, params, n_heads)[:, -1]
    B, T, D = prefix.shape
    d = D // n_heads
    centred = prefix - prefix.mean(-1, keepdims=True)
    normed = centred / np.sqrt((centred**2).mean(-1, keepdims=True) + 1e-5) * params["ln1_g"] + params["ln1_b"]
    _, k, v = np.split(normed @ params["w_qkv"], 3, axis=-1)
    heads = lambda t: t.reshape(B, T, n_heads, d).transpose(0, 2, 1, 3)
    return y, {"k": heads(k), "v": heads(v), "x": prefix}
