# Starts from the previous fit's weights when fit() is called again (zeros only the first
# time): a refit, or a fit on new data, does not start at zero.
# loses: test_LinearRegressionGD_history
# says: each fit starts from zero weights
class LinearRegressionGD:
    def __init__(self, lr=0.01, n_iters=1000):
        self.lr = lr
        self.n_iters = n_iters

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        n, d = X.shape
        if not hasattr(self, "coef_") or self.coef_.shape != (d,):
            self.coef_, self.intercept_ = np.zeros(d), 0.0
        w, b = self.coef_, self.intercept_
        self.loss_history_ = []
        for _ in range(self.n_iters):
            r = X @ w + b - y
            w = w - self.lr * 2 / n * (X.T @ r)
            b = b - self.lr * 2 / n * r.sum()
            self.loss_history_.append(np.mean((X @ w + b - y) ** 2))
        self.coef_, self.intercept_ = w, float(b)
        return self

    def predict(self, X):
        return np.asarray(X, dtype=float) @ self.coef_ + self.intercept_
