# A loop over the heads with column slices, concatenated back in order.
def multi_head_self_attention(x, w_q, w_k, w_v, w_o, n_heads, causal=False):
    B, L, D = x.shape
    dh = D // n_heads
    Q, K, V = x @ w_q, x @ w_k, x @ w_v
    mask = np.tril(np.ones((L, L), dtype=bool)) if causal else None
    heads = []
    for h in range(n_heads):
        cols = slice(h * dh, (h + 1) * dh)
        out, _ = scaled_dot_product_attention(Q[..., cols], K[..., cols], V[..., cols], mask=mask)
        heads.append(out)
    return np.concatenate(heads, axis=-1) @ w_o
