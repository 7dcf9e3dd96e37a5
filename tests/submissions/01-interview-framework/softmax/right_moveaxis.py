# Moves `axis` to the end, works on the last axis, and moves it back.
def softmax(z, axis=-1):
    moved = np.moveaxis(np.asarray(z, dtype=float), axis, -1)
    e = np.exp(moved - moved.max(axis=-1)[..., None])
    p = e / e.sum(axis=-1)[..., None]
    return np.moveaxis(p, -1, axis)
