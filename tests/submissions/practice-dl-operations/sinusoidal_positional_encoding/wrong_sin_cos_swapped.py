# Cosine in the even columns, sine in the odd ones.
# loses: test_sinusoidal_positional_encoding, test_sinusoidal_positional_encoding_rows
# says: these are swapped
def sinusoidal_positional_encoding(length, d_model):
    angles = np.arange(length)[:, None] / 10000 ** (np.arange(0, d_model, 2) / d_model)
    pe = np.zeros((length, d_model))
    pe[:, 0::2], pe[:, 1::2] = np.cos(angles), np.sin(angles)
    return pe
