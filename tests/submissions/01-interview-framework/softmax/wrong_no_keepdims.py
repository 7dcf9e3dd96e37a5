# Drops the reduced dimension: for 2-D input the max and sum no longer line up with the rows.
# loses: test_softmax
def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=axis))
    return e / e.sum(axis=axis)
