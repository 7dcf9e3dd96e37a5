# einsum over named axes, an additive mask of -1e30 instead of -inf, log-sum-exp normalisation.
def causal_self_attention(x, w_qkv, w_o, n_heads):
    B, L, D = np.shape(x)
    d = D // n_heads
    W = np.asarray(w_qkv, dtype=float).reshape(D, 3, n_heads, d)
    q, k, v = (np.einsum("bld,dhe->bhle", x, W[:, i]) for i in range(3))
    s = np.einsum("bhie,bhje->bhij", q, k) / d ** 0.5
    s = s + np.triu(np.full((L, L), -1e30), k=1)
    lse = s.max(-1, keepdims=True)
    lse = lse + np.log(np.exp(s - lse).sum(-1, keepdims=True))
    heads = np.einsum("bhij,bhje->bihe", np.exp(s - lse), v)
    return heads.reshape(B, L, D) @ w_o
