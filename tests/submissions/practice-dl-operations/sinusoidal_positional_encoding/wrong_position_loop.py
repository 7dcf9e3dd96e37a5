# One row at a time in a loop over the positions.
# loses: test_sinusoidal_positional_encoding_vectorised
# says: Python loop
def sinusoidal_positional_encoding(length, d_model):
    pe = np.zeros((length, d_model))
    freqs = 10000.0 ** (-np.arange(0, d_model, 2) / d_model)
    for pos in range(length):
        pe[pos, 0::2] = np.sin(pos * freqs)
        pe[pos, 1::2] = np.cos(pos * freqs)
    return pe
