# Means by einsum over the last axis.
def layer_norm(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=float)
    d = x.shape[-1]
    centred = x - np.einsum("...d->...", x)[..., None] / d
    var = np.einsum("...d,...d->...", centred, centred)[..., None] / d
    return gamma * centred * (var + eps) ** -0.5 + beta
