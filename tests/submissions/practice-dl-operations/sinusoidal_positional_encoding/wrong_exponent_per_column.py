# A frequency per column, 10000^(j / d_model) for column j: the cosine of a pair gets its own angle.
# loses: test_sinusoidal_positional_encoding, test_sinusoidal_positional_encoding_rows
def sinusoidal_positional_encoding(length, d_model):
    angles = np.arange(length)[:, None] / 10000 ** (np.arange(d_model) / d_model)
    pe = np.sin(angles)
    pe[:, 1::2] = np.cos(angles[:, 1::2])
    return pe
