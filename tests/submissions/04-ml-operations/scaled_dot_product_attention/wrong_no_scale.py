# Forgets to divide the scores by sqrt(d).
# loses: test_scaled_dot_product_attention
# says: divided by sqrt(d)
def scaled_dot_product_attention(q, k, v, mask=None):
    """softmax(q kᵀ / sqrt(d)) v over the last two axes, with an optional boolean mask.

    q : (..., Lq, d), k : (..., Lk, d), v : (..., Lk, dv); mask broadcastable to (..., Lq, Lk),
    True = may attend. Returns (out (..., Lq, dv), weights (..., Lq, Lk)); a row with nothing to
    attend to has zero weights and a zero output.
    """
    q, k, v = (np.asarray(a, dtype=float) for a in (q, k, v))
    scores = q @ np.swapaxes(k, -1, -2)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    row_max = scores.max(axis=-1, keepdims=True)
    row_max = np.where(np.isfinite(row_max), row_max, 0.0)  # a fully masked row stays -inf
    e = np.exp(scores - row_max)  # exp(-inf) = 0: masked weights are exactly 0
    total = e.sum(axis=-1, keepdims=True)
    weights = np.divide(e, total, out=np.zeros_like(e), where=total > 0)
    return weights @ v, weights
