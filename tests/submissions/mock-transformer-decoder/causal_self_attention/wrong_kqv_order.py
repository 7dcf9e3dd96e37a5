# Splits x @ w_qkv as k, q, v: queries and keys swapped (the scores matrix is transposed).
# loses: test_causal_self_attention, test_causal_self_attention_numerics
# says: splits into q, k, v in that order
def causal_self_attention(x, w_qkv, w_o, n_heads):
    B, L, D = x.shape
    d = D // n_heads
    k, q, v = (t.reshape(B, L, n_heads, d).transpose(0, 2, 1, 3) for t in np.split(x @ w_qkv, 3, axis=-1))
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d)
    s = np.where(np.tril(np.ones((L, L), dtype=bool)), s, -np.inf)
    w = np.exp(s - s.max(-1, keepdims=True))
    w /= w.sum(-1, keepdims=True)
    return (w @ v).transpose(0, 2, 1, 3).reshape(B, L, D) @ w_o
