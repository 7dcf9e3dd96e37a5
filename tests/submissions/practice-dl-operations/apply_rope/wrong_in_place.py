# Writes the rotated pairs back into x.
# loses: test_apply_rope_shapes
# says: modified its input `x` in place
def apply_rope(x, positions, base=10000.0):
    d = x.shape[-1]
    theta = np.asarray(positions)[:, None] * base ** (-np.arange(0, d, 2) / d)
    a, b = x[..., 0::2].copy(), x[..., 1::2].copy()
    x[..., 0::2] = a * np.cos(theta) - b * np.sin(theta)
    x[..., 1::2] = a * np.sin(theta) + b * np.cos(theta)
    return x
