# Stable sigmoid split by sign: 1/(1+exp(-z)) where z >= 0, exp(z)/(1+exp(z)) where z < 0, so
# exp never sees a large positive argument.
def _sigmoid(z):
    z = np.asarray(z, dtype=float)
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out


class LogisticRegression:
    def __init__(self, lr=0.1, n_iters=1000, l2=0.0):
        self.lr = lr
        self.n_iters = n_iters
        self.l2 = l2

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        n, d = X.shape
        self.coef_ = np.zeros(d)
        self.intercept_ = 0.0
        for _ in range(self.n_iters):
            error = _sigmoid(X @ self.coef_ + self.intercept_) - y
            grad_w = X.T @ error / n + self.l2 * self.coef_
            grad_b = np.mean(error)
            self.coef_ = self.coef_ - self.lr * grad_w
            self.intercept_ = self.intercept_ - self.lr * grad_b
        self.intercept_ = float(self.intercept_)
        return self

    def predict_proba(self, X):
        return _sigmoid(np.asarray(X, dtype=float) @ self.coef_ + self.intercept_)

    def predict(self, X, threshold=0.5):
        return np.where(self.predict_proba(X) >= threshold, 1, 0)
