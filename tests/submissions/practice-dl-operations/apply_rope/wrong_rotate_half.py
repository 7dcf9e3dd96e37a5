# GPT-NeoX's rotate_half pairing: feature i with feature i + d/2.
# loses: test_apply_rope, test_apply_rope_relative, test_apply_rope_shapes
# says: GPT-NeoX's rotate_half
def apply_rope(x, positions, base=10000.0):
    x = np.asarray(x, dtype=float)
    d = x.shape[-1]
    theta = np.asarray(positions)[:, None] * base ** (-np.arange(0, d, 2) / d)
    cos = np.concatenate([np.cos(theta)] * 2, axis=-1)
    sin = np.concatenate([np.sin(theta)] * 2, axis=-1)
    rotated = np.concatenate([-x[..., d // 2:], x[..., : d // 2]], axis=-1)
    return x * cos + rotated * sin
