# The plain 1 / (1 + exp(-z)): for z << 0 exp overflows to inf (a RuntimeWarning) and
# 1 / inf = 0.0, which is the exact limit; for z >> 0 it gives exactly 1.0. No NaN, no inf.
def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))


class LogisticRegression:
    def __init__(self, lr=0.1, n_iters=1000, l2=0.0):
        self.lr = lr
        self.n_iters = n_iters
        self.l2 = l2

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        n, d = X.shape
        w, b = np.zeros(d), 0.0
        for _ in range(self.n_iters):
            error = _sigmoid(X @ w + b) - y
            grad_w = X.T @ error / n + self.l2 * w
            grad_b = error.mean()
            w = w - self.lr * grad_w
            b = b - self.lr * grad_b
        self.coef_, self.intercept_ = w, float(b)
        return self

    def predict_proba(self, X):
        return _sigmoid(np.asarray(X, dtype=float) @ self.coef_ + self.intercept_)

    def predict(self, X, threshold=0.5):
        return (self.predict_proba(X) >= threshold).astype(int)
