# Draws every epoch's permutation first, then the weights (the order of the draws is free); the
# forward and backward passes written inline; losses as a list.
def train_mlp(X, y, hidden=32, lr=0.1, epochs=100, batch_size=32, momentum=0.9, l2=0.0, seed=0):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    n, D = X.shape
    K = int(np.max(y)) + 1
    orders = [rng.permutation(n) for _ in range(epochs)]
    W1 = rng.normal(size=(D, hidden)) * np.sqrt(2.0 / D)
    W2 = rng.normal(size=(hidden, K)) * np.sqrt(2.0 / hidden)
    b1, b2 = np.zeros(hidden), np.zeros(K)
    vW1, vb1, vW2, vb2 = np.zeros_like(W1), np.zeros_like(b1), np.zeros_like(W2), np.zeros_like(b2)
    losses = []
    for order in orders:
        epoch = []
        for start in range(0, n, batch_size):
            rows = order[start:start + batch_size]
            xb, yb, m = X[rows], y[rows], len(rows)
            z1 = xb @ W1 + b1
            h = np.maximum(z1, 0)
            z = h @ W2 + b2
            z = z - z.max(axis=1, keepdims=True)
            logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
            epoch.append(-logp[np.arange(m), yb].mean() + l2 / 2 * ((W1**2).sum() + (W2**2).sum()))
            dz = np.exp(logp)
            dz[np.arange(m), yb] -= 1
            dz /= m
            dh = (dz @ W2.T) * (z1 > 0)
            gW1, gb1, gW2, gb2 = xb.T @ dh + l2 * W1, dh.sum(0), h.T @ dz + l2 * W2, dz.sum(0)
            vW1 = momentum * vW1 - lr * gW1
            vb1 = momentum * vb1 - lr * gb1
            vW2 = momentum * vW2 - lr * gW2
            vb2 = momentum * vb2 - lr * gb2
            W1, b1, W2, b2 = W1 + vW1, b1 + vb1, W2 + vW2, b2 + vb2
        losses.append(float(np.mean(epoch)))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}, losses
