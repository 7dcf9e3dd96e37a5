# Written for labels in {-1, +1}: gradient -mean(y x sigmoid(-y z)) and predict returning -1/+1.
# With y in {0, 1} the class-0 points contribute nothing, and predict never returns 0.
# loses: test_LogisticRegression, test_LogisticRegression_predict
# says: got -1, expected 0
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
            s = -y * _sigmoid(-y * (X @ w + b))
            w = w - self.lr * (X.T @ s / n + self.l2 * w)
            b = b - self.lr * s.mean()
        self.coef_, self.intercept_ = w, float(b)
        return self

    def predict_proba(self, X):
        return _sigmoid(np.asarray(X, dtype=float) @ self.coef_ + self.intercept_)

    def predict(self, X, threshold=0.5):
        return np.where(self.predict_proba(X) >= threshold, 1, -1)
