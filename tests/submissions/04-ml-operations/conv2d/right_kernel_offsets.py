# A loop over the KH x KW kernel offsets only: each adds a strided slice times w[:, :, u, v].
def conv2d(x, w, b=None, stride=1, padding=0):
    x = np.asarray(x, dtype=float)
    w = np.asarray(w, dtype=float)
    N, C, H, W = x.shape
    F, _, KH, KW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    H_out = (H + 2 * padding - KH) // stride + 1
    W_out = (W + 2 * padding - KW) // stride + 1
    out = np.zeros((N, F, H_out, W_out))
    for u in range(KH):
        for v in range(KW):
            patch = xp[:, :, u:u + stride * (H_out - 1) + 1:stride, v:v + stride * (W_out - 1) + 1:stride]
            out += np.einsum("nchw,fc->nfhw", patch, w[:, :, u, v])
    if b is not None:
        out = out + np.asarray(b, dtype=float)[None, :, None, None]
    return out
