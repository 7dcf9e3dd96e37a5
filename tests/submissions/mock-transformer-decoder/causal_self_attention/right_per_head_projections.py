# One head at a time with its own slices of the projection; scipy's softmax on masked scores.
from scipy.special import softmax


def causal_self_attention(x, w_qkv, w_o, n_heads):
    x = np.asarray(x, dtype=float)
    L, D = x.shape[1], x.shape[2]
    d = D // n_heads
    future = np.triu(np.ones((L, L), dtype=bool), 1)
    outs = []
    for h in range(n_heads):
        q = x @ w_qkv[:, h * d:(h + 1) * d]
        k = x @ w_qkv[:, D + h * d:D + (h + 1) * d]
        v = x @ w_qkv[:, 2 * D + h * d:2 * D + (h + 1) * d]
        s = np.matmul(q, np.swapaxes(k, 1, 2)) * d ** -0.5
        s[:, future] = -np.inf
        outs.append(softmax(s, axis=-1) @ v)
    return np.concatenate(outs, axis=-1) @ w_o
