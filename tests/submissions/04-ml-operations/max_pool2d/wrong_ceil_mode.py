# Keeps the partial windows at the edges (ceil mode), padding with -inf.
# loses: test_max_pool2d_edges
# says: do not fit a window and are dropped
def max_pool2d(x, kernel_size, stride=None):
    x = np.asarray(x, dtype=float)
    k = kernel_size
    s = k if stride is None else stride
    N, C, H, W = x.shape
    H_out = -(-(H - k) // s) + 1
    W_out = -(-(W - k) // s) + 1
    pad_h = (H_out - 1) * s + k - H
    pad_w = (W_out - 1) * s + k - W
    xp = np.pad(x, ((0, 0), (0, 0), (0, pad_h), (0, pad_w)), constant_values=-np.inf)
    out = np.full((N, C, H_out, W_out), -np.inf)
    for u in range(k):
        for v in range(k):
            out = np.maximum(out, xp[:, :, u:u + s * (H_out - 1) + 1:s, v:v + s * (W_out - 1) + 1:s])
    return out
