# A true convolution: the kernel is flipped, as in a signal-processing textbook;
# PyTorch's conv2d is a cross-correlation.
# loses: test_conv2d
# says: flipped kernel
def conv2d(x, w, b=None, stride=1, padding=0):
    """2-D cross-correlation with zero padding and stride, as torch.nn.functional.conv2d.

    x : ndarray of shape (N, C, H, W);  w : ndarray of shape (F, C, KH, KW);  b : (F,) or None
    Returns out : ndarray of shape (N, F, H_out, W_out), H_out = (H + 2 padding - KH) // stride + 1.
    """
    x = np.asarray(x, dtype=float)
    w = np.asarray(w, dtype=float)
    _, _, KH, KW = w.shape
    x_pad = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    H_out = (x_pad.shape[2] - KH) // stride + 1
    W_out = (x_pad.shape[3] - KW) // stride + 1
    # Every KH x KW window, without copying: (N, C, H_pad - KH + 1, W_pad - KW + 1, KH, KW).
    windows = np.lib.stride_tricks.sliding_window_view(x_pad, (KH, KW), axis=(2, 3))
    windows = windows[:, :, ::stride, ::stride][:, :, :H_out, :W_out]
    out = np.einsum("nchwij,fcij->nfhw", windows, w[:, :, ::-1, ::-1], optimize=True)
    if b is not None:
        out = out + np.asarray(b, dtype=float)[None, :, None, None]
    return out
