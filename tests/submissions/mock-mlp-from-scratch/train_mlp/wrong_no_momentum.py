# Plain SGD: ignores momentum.
# loses: test_train_mlp_sgd
# says: the momentum is missing
def train_mlp(X, y, hidden=32, lr=0.1, epochs=100, batch_size=32, momentum=0.9, l2=0.0, seed=0):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    n, D = X.shape
    K = int(y.max()) + 1
    params = {"W1": rng.normal(0.0, np.sqrt(2.0 / D), size=(D, hidden)), "b1": np.zeros(hidden),
              "W2": rng.normal(0.0, np.sqrt(2.0 / hidden), size=(hidden, K)), "b2": np.zeros(K)}
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
                params[key] = params[key] - lr * grads[key]
        losses.append(np.mean(batch_losses))
    return params, np.array(losses)
