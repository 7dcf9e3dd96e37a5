# A loop over the d_model / 2 frequencies (a few), each column filled for every position at once.
def sinusoidal_positional_encoding(length, d_model):
    pe = np.zeros((length, d_model))
    pos = np.arange(length)
    for i in range(d_model // 2):
        pe[:, 2 * i] = np.sin(pos / 10000 ** (2 * i / d_model))
        pe[:, 2 * i + 1] = np.cos(pos / 10000 ** (2 * i / d_model))
    return pe
