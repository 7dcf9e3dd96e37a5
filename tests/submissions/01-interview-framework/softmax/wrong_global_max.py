# Subtracts the max of the whole array: a slice far below it underflows to 0 / 0.
# loses: test_softmax_stable
def softmax(z, axis=-1):
    with np.errstate(all="ignore"):
        e = np.exp(z - np.max(z))
        return e / e.sum(axis=axis, keepdims=True)
