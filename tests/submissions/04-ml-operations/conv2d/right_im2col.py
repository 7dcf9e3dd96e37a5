# im2col with fancy indexing, then one matrix product with the filters.
def conv2d(x, w, b=None, stride=1, padding=0):
    x = np.asarray(x, dtype=float)
    w = np.asarray(w, dtype=float)
    N, C, H, W = x.shape
    F, _, KH, KW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    H_out = (H + 2 * padding - KH) // stride + 1
    W_out = (W + 2 * padding - KW) // stride + 1
    rows = (np.arange(H_out) * stride)[:, None] + np.arange(KH)[None, :]
    cols = (np.arange(W_out) * stride)[:, None] + np.arange(KW)[None, :]
    patches = xp[:, :, rows[:, None, :, None], cols[None, :, None, :]]  # (N, C, H_out, W_out, KH, KW)
    patches = patches.transpose(0, 2, 3, 1, 4, 5).reshape(N * H_out * W_out, C * KH * KW)
    out = (patches @ w.reshape(F, -1).T).reshape(N, H_out, W_out, F).transpose(0, 3, 1, 2)
    if b is not None:
        out = out + np.asarray(b, dtype=float)[None, :, None, None]
    return out
