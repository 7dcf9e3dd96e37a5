# Reshapes the features as (d, n_heads): head h gets every n_heads-th feature instead of a
# contiguous block (consistently, so the result is a different, valid-looking attention).
# loses: test_causal_self_attention, test_causal_self_attention_numerics
# says: contiguous features
def causal_self_attention(x, w_qkv, w_o, n_heads):
    B, L, D = x.shape
    d = D // n_heads
    q, k, v = (t.reshape(B, L, d, n_heads).transpose(0, 3, 1, 2) for t in np.split(x @ w_qkv, 3, axis=-1))
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d)
    s = np.where(np.tril(np.ones((L, L), dtype=bool)), s, -np.inf)
    w = np.exp(s - s.max(-1, keepdims=True))
    w /= w.sum(-1, keepdims=True)
    return (w @ v).transpose(0, 2, 3, 1).reshape(B, L, D) @ w_o
