# A stable softmax, but the log of a probability that underflowed to 0 is -inf.
# loses: test_softmax_cross_entropy_stable
# says: NaN or infinite
def softmax_cross_entropy(logits, y):
    n = logits.shape[0]
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    loss = -np.log(p[np.arange(n), y]).mean()
    grad = p.copy()
    grad[np.arange(n), y] -= 1
    return float(loss), grad / n
