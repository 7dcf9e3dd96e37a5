# Right values, one row at a time.
# loses: test_layer_norm_stable
def layer_norm(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=float)
    flat = x.reshape(-1, x.shape[-1])
    out = np.empty_like(flat)
    for i, row in enumerate(flat):
        centred = row - row.mean()
        out[i] = gamma * centred / np.sqrt((centred**2).mean() + eps) + beta
    return out.reshape(x.shape)
