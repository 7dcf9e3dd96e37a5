# One product of [x, h] with the stacked weights; the sigmoid as 0.5 (1 + tanh(z / 2)), which
# never overflows.
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    W = np.concatenate([W_ih, W_hh], axis=1)
    gates = np.concatenate([x, h], axis=1) @ W.T + (b_ih + b_hh)
    H = c.shape[-1]
    act = 0.5 * (1 + np.tanh(gates / 2))
    i, f, o = act[:, :H], act[:, H:2 * H], act[:, 3 * H:]
    g = np.tanh(gates[:, 2 * H:3 * H])
    c_new = c * f + i * g
    h_new = o * np.tanh(c_new)
    return h_new, c_new
