# Scales the scores by sqrt(D) instead of sqrt(D / n_heads).
# loses: test_multi_head_self_attention
def multi_head_self_attention(x, w_q, w_k, w_v, w_o, n_heads, causal=False):
    B, L, D = x.shape
    dh = D // n_heads
    q = (x @ w_q).reshape(B, L, n_heads, dh).transpose(0, 2, 1, 3)
    k = (x @ w_k).reshape(B, L, n_heads, dh).transpose(0, 2, 1, 3)
    v = (x @ w_v).reshape(B, L, n_heads, dh).transpose(0, 2, 1, 3)
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(D)
    if causal:
        scores = np.where(np.tril(np.ones((L, L), bool)), scores, -np.inf)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights = e / e.sum(axis=-1, keepdims=True)
    return (weights @ v).transpose(0, 2, 1, 3).reshape(B, L, D) @ w_o
