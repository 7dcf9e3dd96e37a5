# take_along_axis for the true-class logit; loss = logsumexp - z_y.
def softmax_cross_entropy(logits, y):
    z = np.asarray(logits, dtype=float)
    m = z.max(axis=1, keepdims=True)
    lse = m + np.log(np.exp(z - m).sum(axis=1, keepdims=True))
    z_true = np.take_along_axis(z, np.asarray(y)[:, None], axis=1)
    loss = np.mean(lse - z_true)
    grad = np.exp(z - lse)
    np.put_along_axis(grad, np.asarray(y)[:, None], np.take_along_axis(grad, np.asarray(y)[:, None], axis=1) - 1.0, axis=1)
    return float(loss), grad / z.shape[0]
