# einsum with an explicit head axis, its own masked softmax.
def multi_head_self_attention(x, w_q, w_k, w_v, w_o, n_heads, causal=False):
    B, L, D = x.shape
    dh = D // n_heads
    q = np.einsum("bld,de->ble", x, w_q).reshape(B, L, n_heads, dh)
    k = np.einsum("bld,de->ble", x, w_k).reshape(B, L, n_heads, dh)
    v = np.einsum("bld,de->ble", x, w_v).reshape(B, L, n_heads, dh)
    scores = np.einsum("bqhd,bkhd->bhqk", q, k) / np.sqrt(dh)
    if causal:
        scores = np.where(np.tril(np.ones((L, L), dtype=bool)), scores, -np.inf)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    out = np.einsum("bhqk,bkhd->bqhd", weights, v).reshape(B, L, D)
    return out @ w_o
