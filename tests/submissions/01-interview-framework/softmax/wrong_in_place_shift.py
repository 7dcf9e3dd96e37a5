# Shifts the logits with -= on the caller's array: right values, but z is modified.
# loses: test_softmax_stable
# says: modified its input `z` in place
def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    z -= z.max(axis=axis, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=axis, keepdims=True)
