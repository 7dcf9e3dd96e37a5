# Stochastic gradient descent: one update per sample inside each epoch. A Python loop over the
# samples, and not the spec's full-batch trajectory.
# loses: test_LinearRegressionGD, test_LinearRegressionGD_history, test_LinearRegressionGD_vectorised
# says: Python loop
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
            for i in range(n):
                r_i = X[i] @ w + b - y[i]
                w = w - self.lr * 2 * r_i * X[i]
                b = b - self.lr * 2 * r_i
            self.loss_history_.append(np.mean((X @ w + b - y) ** 2))
        self.coef_, self.intercept_ = w, float(b)
        return self

    def predict(self, X):
        return np.asarray(X, dtype=float) @ self.coef_ + self.intercept_
