# Stacks sin and cos on a last axis of size 2 and reshapes: (length, d/2, 2) -> (length, d).
def sinusoidal_positional_encoding(length, d_model):
    pos = np.arange(length, dtype=float).reshape(-1, 1)
    div = np.exp(np.arange(0, d_model, 2) * (-np.log(10000.0) / d_model))
    angles = pos * div
    return np.stack([np.sin(angles), np.cos(angles)], axis=-1).reshape(length, d_model)
