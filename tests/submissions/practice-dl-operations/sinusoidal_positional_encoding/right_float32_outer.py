# float32 throughout, as torch code often is: np.outer for the angles, the cosine as a shifted sine.
def sinusoidal_positional_encoding(length, d_model):
    i = np.arange(d_model // 2, dtype=np.float32)
    angles = np.outer(np.arange(length, dtype=np.float32), np.float32(10000) ** (-2 * i / d_model))
    pe = np.zeros((length, d_model), dtype=np.float32)
    pe[:, ::2] = np.sin(angles)
    pe[:, 1::2] = np.sin(angles + np.float32(np.pi / 2))
    return pe
