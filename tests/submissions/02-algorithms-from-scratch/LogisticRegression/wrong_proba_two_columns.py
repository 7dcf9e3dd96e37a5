# predict_proba returns scikit-learn's (n, 2) array [P(0), P(1)] instead of the (n,)
# probability of class 1.
# loses: test_LogisticRegression, test_LogisticRegression_predict, test_LogisticRegression_stable
# says: not a column per class
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
            grad_w = X.T @ error / n + self.l2 * w
            grad_b = error.mean()
            w = w - self.lr * grad_w
            b = b - self.lr * grad_b
        self.coef_, self.intercept_ = w, float(b)
        return self

    def predict_proba(self, X):
        p = _sigmoid(np.asarray(X, dtype=float) @ self.coef_ + self.intercept_)
        return np.column_stack([1 - p, p])

    def predict(self, X, threshold=0.5):
        return (self.predict_proba(X)[:, 1] >= threshold).astype(int)
