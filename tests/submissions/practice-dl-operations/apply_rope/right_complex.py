# Each pair as a complex number times exp(i theta), back to interleaved reals.
def apply_rope(x, positions, base=10000.0):
    x = np.asarray(x, dtype=float)
    d = x.shape[-1]
    z = x[..., ::2] + 1j * x[..., 1::2]
    theta = np.outer(positions, 1.0 / base ** (np.arange(d // 2) * 2 / d))
    z = z * np.exp(1j * theta)
    return np.stack([z.real, z.imag], axis=-1).reshape(x.shape)
