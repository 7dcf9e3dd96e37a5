# Scales the scores by 1/sqrt(D), the model width, instead of 1/sqrt(D / n_heads).
# loses: test_causal_self_attention
# says: scaled by 1/sqrt(D / n_heads), the size of one head
def causal_self_attention(x, w_qkv, w_o, n_heads):
    B, L, D = x.shape
    d = D // n_heads
    q, k, v = (t.reshape(B, L, n_heads, d).transpose(0, 2, 1, 3) for t in np.split(x @ w_qkv, 3, axis=-1))
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(D)
    s = np.where(np.tril(np.ones((L, L), dtype=bool)), s, -np.inf)
    w = np.exp(s - s.max(-1, keepdims=True))
    w /= w.sum(-1, keepdims=True)
    return (w @ v).transpose(0, 2, 1, 3).reshape(B, L, D) @ w_o
