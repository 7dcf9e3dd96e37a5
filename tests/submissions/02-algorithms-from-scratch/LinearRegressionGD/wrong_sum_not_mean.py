# Gradient of the SUM of squared residuals (no 1/n): steps n times too large, so the fit
# differs and usually diverges.
# loses: test_LinearRegressionGD, test_LinearRegressionGD_history
# says: got nan
class LinearRegressionGD:
    def __init__(self, lr=0.01, n_iters=1000):
        self.lr = lr
        self.n_iters = n_iters

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        w, b = np.zeros(X.shape[1]), 0.0
        self.loss_history_ = []
        with np.errstate(all="ignore"):
            for _ in range(self.n_iters):
                r = X @ w + b - y
                w = w - self.lr * 2 * (X.T @ r)
                b = b - self.lr * 2 * r.sum()
                self.loss_history_.append(np.mean((X @ w + b - y) ** 2))
        self.coef_, self.intercept_ = w, float(b)
        return self

    def predict(self, X):
        return np.asarray(X, dtype=float) @ self.coef_ + self.intercept_
