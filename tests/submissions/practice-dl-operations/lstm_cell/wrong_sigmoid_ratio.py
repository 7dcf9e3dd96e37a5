# exp(z) / (1 + exp(z)): inf / inf = NaN for large pre-activations.
# loses: test_lstm_cell_stable
# says: NaN or infinite
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.split(gates, 4, axis=1)
    c_new = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)
    h_new = _sigmoid(o) * np.tanh(c_new)
    return h_new, c_new


def _sigmoid(z):
    return np.exp(z) / (1 + np.exp(z))
