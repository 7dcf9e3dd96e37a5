# Uses the unbiased variance (÷ D - 1).
# loses: test_layer_norm
# says: unbiased variance
def layer_norm(x, gamma, beta, eps=1e-5):
    """Layer normalisation over the last axis of x (..., D), as torch.nn.functional.layer_norm."""
    x = np.asarray(x, dtype=float)
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = x.var(axis=-1, ddof=1, keepdims=True)
    return gamma * centred / np.sqrt(var + eps) + beta
