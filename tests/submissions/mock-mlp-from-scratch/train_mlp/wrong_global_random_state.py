# Draws from NumPy's global random state: another global state, another result.
# loses: test_train_mlp_api
# says: all randomness comes from rng = np.random.default_rng(seed)
def train_mlp(X, y, hidden=32, lr=0.1, epochs=100, batch_size=32, momentum=0.9, l2=0.0, seed=0):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    rng = np.random
    n, D = X.shape
    K = int(y.max()) + 1
    params = {"W1": np.random.randn(D, hidden) * np.sqrt(2.0 / D), "b1": np.zeros(hidden),
              "W2": np.random.randn(hidden, K) * np.sqrt(2.0 / hidden), "b2": np.zeros(K)}
    velocity = {key: np.zeros_like(value) for key, value in params.items()}
    losses = []
    for epoch in range(epochs):
        order = rng.permutation(n)
        batch_losses = []
        for start in range(0, n, batch_size):
            rows = order[start:start + batch_size]
            loss, grads = mlp_loss_and_grads(X[rows], y[rows], params, l2)
            batch_losses.append(loss)
            for key in params:
                velocity[key] = momentum * velocity[key] - lr * grads[key]
                params[key] = params[key] + velocity[key]
        losses.append(np.mean(batch_losses))
    return params, np.array(losses)
