# Adds eps outside the square root: sqrt(var) + eps.
# loses: test_layer_norm
def layer_norm(x, gamma, beta, eps=1e-5):
    """Layer normalisation over the last axis of x (..., D), as torch.nn.functional.layer_norm."""
    x = np.asarray(x, dtype=float)
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (centred**2).mean(axis=-1, keepdims=True)
    return gamma * centred / (np.sqrt(var) + eps) + beta
