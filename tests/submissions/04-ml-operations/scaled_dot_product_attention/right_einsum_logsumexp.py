# einsum for the scores, log-sum-exp for the softmax, explicit handling of empty rows.
def scaled_dot_product_attention(q, k, v, mask=None):
    q, k, v = np.asarray(q, float), np.asarray(k, float), np.asarray(v, float)
    scores = np.einsum("...qd,...kd->...qk", q, k) / np.sqrt(q.shape[-1])
    allowed = np.ones(scores.shape, bool) if mask is None else np.broadcast_to(mask, scores.shape)
    masked = np.where(allowed, scores, -np.inf)
    top = np.max(masked, axis=-1, keepdims=True)
    top = np.where(np.isneginf(top), 0.0, top)
    e = np.where(allowed, np.exp(masked - top), 0.0)
    total = e.sum(axis=-1, keepdims=True)
    weights = e / np.where(total == 0, 1.0, total)
    return np.einsum("...qk,...kd->...qd", weights, v), weights
