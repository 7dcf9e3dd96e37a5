# Takes the max over the channels too.
# loses: test_max_pool2d
def max_pool2d(x, kernel_size, stride=None):
    """Max over each kernel_size x kernel_size window, as torch.nn.functional.max_pool2d.

    x : ndarray of shape (N, C, H, W). stride defaults to kernel_size; no padding.
    Returns out : ndarray of shape (N, C, (H - k) // stride + 1, (W - k) // stride + 1).
    """
    x = np.asarray(x)
    k = kernel_size
    stride = k if stride is None else stride
    H_out = (x.shape[2] - k) // stride + 1
    W_out = (x.shape[3] - k) // stride + 1
    windows = np.lib.stride_tricks.sliding_window_view(x, (k, k), axis=(2, 3))
    windows = windows[:, :, ::stride, ::stride][:, :, :H_out, :W_out]
    return windows.max(axis=(1, -2, -1), keepdims=False)[:, None].repeat(x.shape[1], axis=1)
