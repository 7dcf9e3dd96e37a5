# Sums over the batch instead of averaging (loss and gradient).
# loses: test_softmax_cross_entropy
# says: that is the sum; the loss is the mean over the batch
def softmax_cross_entropy(logits, y):
    """Mean cross-entropy of softmax(logits) against integer labels, and its gradient.

    logits : (N, C); y : (N,) ints in 0 .. C-1. Returns (loss float, dlogits (N, C)).
    """
    logits = np.asarray(logits, dtype=float)
    y = np.asarray(y)
    n = logits.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    rows = np.arange(n)
    loss = -log_probs[rows, y].sum()
    dlogits = np.exp(log_probs)
    dlogits[rows, y] -= 1.0
    return float(loss), dlogits
