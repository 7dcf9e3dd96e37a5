# All sines in the first half, all cosines in the second (a common implementation, not this contract).
# loses: test_sinusoidal_positional_encoding, test_sinusoidal_positional_encoding_rows
# says: this puts all sines first
def sinusoidal_positional_encoding(length, d_model):
    angles = np.arange(length)[:, None] / 10000 ** (np.arange(0, d_model, 2) / d_model)
    return np.concatenate([np.sin(angles), np.cos(angles)], axis=1)
