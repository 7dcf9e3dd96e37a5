# Subtracts the mean: fine for [1000, 1000], but exp(z - mean) still overflows for a wide spread.
# loses: test_softmax_stable
def softmax(z, axis=-1):
    with np.errstate(all="ignore"):
        e = np.exp(z - z.mean(axis=axis, keepdims=True))
        return e / e.sum(axis=axis, keepdims=True)
