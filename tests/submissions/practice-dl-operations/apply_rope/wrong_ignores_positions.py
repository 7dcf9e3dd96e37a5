# Uses 0, 1, 2, ... instead of the given positions.
# loses: test_apply_rope, test_apply_rope_relative
# says: whatever positions says
def apply_rope(x, positions, base=10000.0):
    x = np.asarray(x, dtype=float)
    L, d = x.shape[-2:]
    theta = np.arange(L)[:, None] * base ** (-np.arange(0, d, 2) / d)
    a, b = x[..., 0::2], x[..., 1::2]
    out = np.empty_like(x)
    out[..., 0::2] = a * np.cos(theta) - b * np.sin(theta)
    out[..., 1::2] = a * np.sin(theta) + b * np.cos(theta)
    return out
