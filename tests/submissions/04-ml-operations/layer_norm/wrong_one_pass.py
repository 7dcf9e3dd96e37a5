# Variance as E[x²] - E[x]²: cancels for rows far from 0.
# loses: test_layer_norm_stable
def layer_norm(x, gamma, beta, eps=1e-5):
    """Layer normalisation over the last axis of x (..., D), as torch.nn.functional.layer_norm."""
    x = np.asarray(x, dtype=float)
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (x**2).mean(axis=-1, keepdims=True) - mean**2
    return gamma * centred / np.sqrt(var + eps) + beta
