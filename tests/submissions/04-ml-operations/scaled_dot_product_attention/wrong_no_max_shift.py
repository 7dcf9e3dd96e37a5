# No max subtraction: exp overflows for large scores.
# loses: test_scaled_dot_product_attention_stable
def scaled_dot_product_attention(q, k, v, mask=None):
    e = np.exp(q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1]))
    if mask is not None:
        e = np.where(mask, e, 0.0)
    total = e.sum(axis=-1, keepdims=True)
    weights = np.divide(e, total, out=np.zeros_like(e), where=total > 0)
    return weights @ v, weights
