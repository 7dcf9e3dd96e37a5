# Base 1000 instead of 10000.
# loses: test_sinusoidal_positional_encoding, test_sinusoidal_positional_encoding_rows
def sinusoidal_positional_encoding(length, d_model):
    angles = np.arange(length)[:, None] / 1000 ** (np.arange(0, d_model, 2) / d_model)
    pe = np.zeros((length, d_model))
    pe[:, 0::2], pe[:, 1::2] = np.sin(angles), np.cos(angles)
    return pe
