# 10000^(i / d_model) with i the pair's index: the frequencies fall half as fast.
# loses: test_sinusoidal_positional_encoding, test_sinusoidal_positional_encoding_rows
# says: this used i / d_model
def sinusoidal_positional_encoding(length, d_model):
    angles = np.arange(length)[:, None] / 10000 ** (np.arange(d_model // 2) / d_model)
    pe = np.zeros((length, d_model))
    pe[:, 0::2], pe[:, 1::2] = np.sin(angles), np.cos(angles)
    return pe
