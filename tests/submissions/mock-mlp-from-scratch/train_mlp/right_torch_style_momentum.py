# PyTorch's form of momentum (v = momentum * v + grad; param -= lr * v, the same steps), W2 drawn
# before W1 with standard_normal, an index array shuffled in place, a while loop over batches.
def train_mlp(X, y, hidden=32, lr=0.1, epochs=100, batch_size=32, momentum=0.9, l2=0.0, seed=0):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=int)
    gen = np.random.default_rng(seed)
    n, d = X.shape
    k = y.max() + 1
    W2 = gen.standard_normal((hidden, k)) * np.sqrt(2 / hidden)
    W1 = gen.standard_normal((d, hidden)) * np.sqrt(2 / d)
    params = dict(W1=W1, b1=np.zeros(hidden), W2=W2, b2=np.zeros(k))
    buf = {name: np.zeros_like(p) for name, p in params.items()}
    idx = np.arange(n)
    history = []
    for _ in range(epochs):
        gen.shuffle(idx)
        total, count, i = 0.0, 0, 0
        while i < n:
            batch = idx[i:i + batch_size]
            i += batch_size
            loss, grads = mlp_loss_and_grads(X[batch], y[batch], params, l2=l2)
            total += loss
            count += 1
            for name in params:
                buf[name] = momentum * buf[name] + grads[name]
                params[name] = params[name] - lr * buf[name]
        history.append(total / count)
    return params, np.array(history)
