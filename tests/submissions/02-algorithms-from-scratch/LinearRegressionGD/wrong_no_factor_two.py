# Gradient without the factor 2 (the 1/(2n) convention's gradient with the MSE's loss):
# half the step size, so after n_iters steps the weights are not the spec's.
# loses: test_LinearRegressionGD, test_LinearRegressionGD_history
# says: without the factor 2
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
            w = w - self.lr * (X.T @ r) / n
            b = b - self.lr * r.mean()
            self.loss_history_.append(np.mean((X @ w + b - y) ** 2))
        self.coef_, self.intercept_ = w, float(b)
        return self

    def predict(self, X):
        return np.asarray(X, dtype=float) @ self.coef_ + self.intercept_
