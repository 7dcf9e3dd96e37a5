# Explicit 2 x 2 rotation matrices per (position, pair), applied with einsum.
def apply_rope(x, positions, base=10000.0):
    x = np.asarray(x, dtype=float)
    *lead, L, d = x.shape
    theta = np.asarray(positions)[:, None] * np.power(base, -np.arange(0, d, 2) / d)
    c, s = np.cos(theta), np.sin(theta)
    R = np.stack([np.stack([c, -s], -1), np.stack([s, c], -1)], -2)  # (L, d/2, 2, 2)
    pairs = x.reshape(*lead, L, d // 2, 2)
    return np.einsum("lprc,...lpc->...lpr", R, pairs).reshape(x.shape)
