# Assumes x is (L, d): with leading axes the positions index the wrong axis.
# loses: test_apply_rope, test_apply_rope_shapes
def apply_rope(x, positions, base=10000.0):
    x = np.asarray(x, dtype=float)
    d = x.shape[-1]
    theta = np.asarray(positions)[:, None] * base ** (-np.arange(0, d, 2) / d)
    out = np.empty_like(x)
    for index in np.ndindex(*x.shape[:-1]):
        j = index[0]
        a, b = x[index][0::2], x[index][1::2]
        out[index][0::2] = a * np.cos(theta[j % len(theta)]) - b * np.sin(theta[j % len(theta)])
        out[index][1::2] = a * np.sin(theta[j % len(theta)]) + b * np.cos(theta[j % len(theta)])
    return out
