# One frequency per feature column, base^(-j / d), instead of one per pair.
# loses: test_apply_rope, test_apply_rope_relative, test_apply_rope_shapes
def apply_rope(x, positions, base=10000.0):
    x = np.asarray(x, dtype=float)
    d = x.shape[-1]
    theta = np.asarray(positions)[:, None] * base ** (-np.arange(d) / d)
    a, b = x[..., 0::2], x[..., 1::2]
    out = np.empty_like(x)
    out[..., 0::2] = a * np.cos(theta[:, 0::2]) - b * np.sin(theta[:, 0::2])
    out[..., 1::2] = a * np.sin(theta[:, 1::2]) + b * np.cos(theta[:, 1::2])
    return out
