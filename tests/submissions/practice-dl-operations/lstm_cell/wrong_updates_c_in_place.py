# Updates the cell state in place: the caller's c changes.
# loses: test_lstm_cell_state
# says: modified its input `c` in place
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.split(gates, 4, axis=1)
    c *= _sigmoid(f)
    c += _sigmoid(i) * np.tanh(g)
    return _sigmoid(o) * np.tanh(c), c


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
