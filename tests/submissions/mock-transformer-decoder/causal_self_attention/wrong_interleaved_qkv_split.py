# Reads x @ w_qkv as interleaved (q, k, v) triples per feature instead of three blocks of D.
# loses: test_causal_self_attention, test_causal_self_attention_causal, test_causal_self_attention_numerics
# says: three blocks of D features each
def causal_self_attention(x, w_qkv, w_o, n_heads):
    B, L, D = x.shape
    d = D // n_heads
    qkv = (x @ w_qkv).reshape(B, L, D, 3)
    q, k, v = (qkv[..., i].reshape(B, L, n_heads, d).transpose(0, 2, 1, 3) for i in range(3))
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d)
    s = np.where(np.tril(np.ones((L, L), dtype=bool)), s, -np.inf)
    w = np.exp(s - s.max(-1, keepdims=True))
    w /= w.sum(-1, keepdims=True)
    return (w @ v).transpose(0, 2, 1, 3).reshape(B, L, D) @ w_o
