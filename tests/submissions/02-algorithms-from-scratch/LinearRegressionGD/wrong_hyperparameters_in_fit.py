# Takes the learning rate and iteration count as fit() arguments with their own defaults and
# ignores the ones given to __init__: LinearRegressionGD(lr=0.1, n_iters=50) trains with 0.01, 1000.
# loses: test_LinearRegressionGD, test_LinearRegressionGD_history, test_LinearRegressionGD_vectorised
# says: returned shape (1000,); expected (5,)
class LinearRegressionGD:
    def __init__(self, lr=0.01, n_iters=1000):
        self.lr = lr
        self.n_iters = n_iters

    def fit(self, X, y, lr=0.01, n_iters=1000):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        n, d = X.shape
        w, b = np.zeros(d), 0.0
        self.loss_history_ = []
        for _ in range(n_iters):
            r = X @ w + b - y
            w = w - lr * 2 / n * (X.T @ r)
            b = b - lr * 2 / n * r.sum()
            self.loss_history_.append(np.mean((X @ w + b - y) ** 2))
        self.coef_, self.intercept_ = w, float(b)
        return self

    def predict(self, X):
        return np.asarray(X, dtype=float) @ self.coef_ + self.intercept_
