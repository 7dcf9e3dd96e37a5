# Rotates by -theta.
# loses: test_apply_rope, test_apply_rope_relative, test_apply_rope_shapes
# says: this rotated the other way
def apply_rope(x, positions, base=10000.0):
    x = np.asarray(x, dtype=float)
    d = x.shape[-1]
    theta = np.asarray(positions)[:, None] * base ** (-np.arange(0, d, 2) / d)
    a, b = x[..., 0::2], x[..., 1::2]
    out = np.empty_like(x)
    out[..., 0::2] = a * np.cos(theta) + b * np.sin(theta)
    out[..., 1::2] = -a * np.sin(theta) + b * np.cos(theta)
    return out
