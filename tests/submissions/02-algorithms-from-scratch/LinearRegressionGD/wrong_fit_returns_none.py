# Right training, but fit() does not return self: model.fit(X, y).predict(X) breaks.
# loses: test_LinearRegressionGD
# says: expected the model itself (`return self`)
class LinearRegressionGD:
    def __init__(self, lr=0.01, n_iters=1000):
        self.lr = lr
        self.n_iters = n_iters

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        n, d = X.shape
        w, b = np.zeros(d), 0.0
        self.loss_history_ = []
        for _ in range(self.n_iters):
            r = X @ w + b - y
            w = w - self.lr * 2 / n * (X.T @ r)
            b = b - self.lr * 2 / n * r.sum()
            self.loss_history_.append(np.mean((X @ w + b - y) ** 2))
        self.coef_, self.intercept_ = w, float(b)

    def predict(self, X):
        return np.asarray(X, dtype=float) @ self.coef_ + self.intercept_
