# Both weight matrices from one standard-normal draw, rows shuffled with rng.choice, the
# velocities and params updated in place, the epoch loss as a running mean.
def train_mlp(X, y, hidden=32, lr=0.1, epochs=100, batch_size=32, momentum=0.9, l2=0.0, seed=0):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y).astype(int)
    rng = np.random.default_rng(seed)
    n, D = X.shape
    K = int(y.max()) + 1
    z = rng.standard_normal(D * hidden + hidden * K)
    params = {
        "W1": z[: D * hidden].reshape(D, hidden) * np.sqrt(2.0 / D),
        "b1": np.zeros(hidden),
        "W2": z[D * hidden :].reshape(hidden, K) * np.sqrt(2.0 / hidden),
        "b2": np.zeros(K),
    }
    velocity = {key: np.zeros(value.shape) for key, value in params.items()}
    losses = np.empty(epochs)
    for e in range(epochs):
        perm = rng.choice(n, size=n, replace=False)
        running, count = 0.0, 0
        for b in range(int(np.ceil(n / batch_size))):
            idx = perm[b * batch_size : (b + 1) * batch_size]
            loss, grads = mlp_loss_and_grads(X[idx], y[idx], params, l2=l2)
            count += 1
            running += (loss - running) / count
            for key, grad in grads.items():
                velocity[key] *= momentum
                velocity[key] -= lr * grad
                params[key] += velocity[key]
        losses[e] = running
    return params, losses
