# Never applies the causal mask.
# loses: test_multi_head_self_attention_causal
# says: the future must not change the past
def multi_head_self_attention(x, w_q, w_k, w_v, w_o, n_heads, causal=False):
    """Multi-head self-attention, heads split along the features as in torch.nn.MultiheadAttention.

    x : (B, L, D); each w : (D, D), applied as x @ w. Returns (B, L, D).
    """
    x = np.asarray(x, dtype=float)
    B, L, D = x.shape
    d_head = D // n_heads

    def split_heads(t):  # (B, L, D) -> (B, h, L, D/h): head j takes features j*D/h : (j+1)*D/h
        return t.reshape(B, L, n_heads, d_head).transpose(0, 2, 1, 3)

    q, k, v = split_heads(x @ w_q), split_heads(x @ w_k), split_heads(x @ w_v)
    mask = None
    heads, _ = scaled_dot_product_attention(q, k, v, mask=mask)
    return heads.transpose(0, 2, 1, 3).reshape(B, L, D) @ w_o
