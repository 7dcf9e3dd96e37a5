# Right values, one sequence of the batch at a time.
# loses: test_multi_head_self_attention_vectorised
def multi_head_self_attention(x, w_q, w_k, w_v, w_o, n_heads, causal=False):
    B, L, D = x.shape
    dh = D // n_heads
    mask = np.tril(np.ones((L, L), dtype=bool)) if causal else None
    out = np.empty((B, L, D))
    for b in range(B):
        q = (x[b] @ w_q).reshape(L, n_heads, dh).transpose(1, 0, 2)
        k = (x[b] @ w_k).reshape(L, n_heads, dh).transpose(1, 0, 2)
        v = (x[b] @ w_v).reshape(L, n_heads, dh).transpose(1, 0, 2)
        heads, _ = scaled_dot_product_attention(q, k, v, mask=mask)
        out[b] = heads.transpose(1, 0, 2).reshape(L, D) @ w_o
    return out
