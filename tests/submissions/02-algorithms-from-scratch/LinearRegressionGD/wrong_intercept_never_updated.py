# Computes grad_b but never applies it: the intercept stays 0.
# loses: test_LinearRegressionGD, test_LinearRegressionGD_history
# says: `LinearRegressionGD.coef_` differs on y = 2x + 1 after 2000 steps
class LinearRegressionGD:
    def __init__(self, lr=0.01, n_iters=1000):
        self.lr = lr
        self.n_iters = n_iters

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        n, d = X.shape
        self.coef_ = np.zeros(d)
        self.intercept_ = 0.0
        self.loss_history_ = []
        for _ in range(self.n_iters):
            r = X @ self.coef_ + self.intercept_ - y
            grad_w = 2 / n * X.T @ r
            grad_b = 2 / n * r.sum()  # noqa: F841 (forgotten)
            self.coef_ = self.coef_ - self.lr * grad_w
            self.loss_history_.append(np.mean((X @ self.coef_ + self.intercept_ - y) ** 2))
        return self

    def predict(self, X):
        return np.asarray(X, dtype=float) @ self.coef_ + self.intercept_
