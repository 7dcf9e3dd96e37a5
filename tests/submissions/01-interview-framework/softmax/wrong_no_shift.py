# exp of the raw logits: overflows for large logits (inf / inf = NaN).
# loses: test_softmax_stable
# says: NaN or infinite
def softmax(z, axis=-1):
    with np.errstate(all="ignore"):
        e = np.exp(z)
        return e / e.sum(axis=axis, keepdims=True)
