# A 1-D softmax applied along the axis: slower, but the task does not ask for vectorisation.
def _softmax_1d(v):
    e = np.exp(v - v.max())
    return e / e.sum()


def softmax(z, axis=-1):
    return np.apply_along_axis(_softmax_1d, axis, np.asarray(z, dtype=float))
