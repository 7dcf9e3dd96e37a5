# Records the MSE of the residual used for the step, i.e. BEFORE the update: the history is
# shifted by one (first entry mean(y**2), last entry not the fitted model's MSE).
# loses: test_LinearRegressionGD_history
# says: that is the MSE before the first step
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
            self.loss_history_.append(np.mean(r**2))
            w = w - self.lr * 2 / n * (X.T @ r)
            b = b - self.lr * 2 / n * r.sum()
        self.coef_, self.intercept_ = w, float(b)
        return self

    def predict(self, X):
        return np.asarray(X, dtype=float) @ self.coef_ + self.intercept_
