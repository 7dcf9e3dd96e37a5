# One position at a time (nothing asks for vectorisation over positions).
def apply_rope(x, positions, base=10000.0):
    x = np.array(x, dtype=float)
    out = x.copy()
    d = x.shape[-1]
    for j, m in enumerate(positions):
        for i in range(d // 2):
            t = m * base ** (-2 * i / d)
            a, b = x[..., j, 2 * i], x[..., j, 2 * i + 1]
            out[..., j, 2 * i] = a * np.cos(t) - b * np.sin(t)
            out[..., j, 2 * i + 1] = a * np.sin(t) + b * np.cos(t)
    return out
