# Records the starting loss too: loss_history_ has n_iters + 1 entries.
# loses: test_LinearRegressionGD_history
# says: one loss per step (n_iters=5)
class LinearRegressionGD:
    def __init__(self, lr=0.01, n_iters=1000):
        self.lr = lr
        self.n_iters = n_iters

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        n, d = X.shape
        w, b = np.zeros(d), 0.0
        self.loss_history_ = [np.mean(y**2)]
        for _ in range(self.n_iters):
            r = X @ w + b - y
            w = w - self.lr * 2 / n * (X.T @ r)
            b = b - self.lr * 2 / n * r.sum()
            self.loss_history_.append(np.mean((X @ w + b - y) ** 2))
        self.coef_, self.intercept_ = w, float(b)
        return self

    def predict(self, X):
        return np.asarray(X, dtype=float) @ self.coef_ + self.intercept_
