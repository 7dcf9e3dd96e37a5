# Full-batch gradient descent in matrix form, the MSE recorded after each step.
class LinearRegressionGD:
    def __init__(self, lr=0.01, n_iters=1000):
        self.lr = lr
        self.n_iters = n_iters

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        n, d = X.shape
        w, b = np.zeros(d), 0.0
        history = []
        for _ in range(self.n_iters):
            r = X @ w + b - y
            w = w - self.lr * (2.0 / n) * (X.T @ r)
            b = b - self.lr * (2.0 / n) * r.sum()
            history.append(float(np.mean((X @ w + b - y) ** 2)))
        self.coef_, self.intercept_, self.loss_history_ = w, float(b), history
        return self

    def predict(self, X):
        return np.asarray(X, dtype=float) @ self.coef_ + self.intercept_
