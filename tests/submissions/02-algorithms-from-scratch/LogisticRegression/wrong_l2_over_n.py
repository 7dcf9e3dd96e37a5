# Divides the penalty's gradient by n with the data term, (X^T e + l2 w) / n: the penalty is
# n times too weak (C = 1 / l2 instead of 1 / (l2 n)).
# loses: test_LogisticRegression
# says: `LogisticRegression.coef_` differs on hidden data, n=150, d=4, l2=0.1
# says: not divided by n
def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(np.asarray(z) >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


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
            grad_w = (X.T @ error + self.l2 * w) / n
            grad_b = error.mean()
            w = w - self.lr * grad_w
            b = b - self.lr * grad_b
        self.coef_, self.intercept_ = w, float(b)
        return self

    def predict_proba(self, X):
        return _sigmoid(np.asarray(X, dtype=float) @ self.coef_ + self.intercept_)

    def predict(self, X, threshold=0.5):
        return (self.predict_proba(X) >= threshold).astype(int)
