# Newton's method (IRLS) from scratch instead of gradient descent: lr is ignored and
# min(n_iters, 50) Newton steps land on the optimum. The spec asks for n_iters steps of
# full-batch gradient descent with step size lr, so the weights after a few steps differ.
# loses: test_LogisticRegression
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
        A = np.column_stack([X, np.ones(n)])
        penalty = np.diag(np.r_[np.full(d, self.l2), 0.0])
        theta = np.zeros(d + 1)
        for _ in range(min(self.n_iters, 50)):
            p = _sigmoid(A @ theta)
            grad = A.T @ (p - y) / n + penalty @ theta
            H = (A * (p * (1 - p))[:, None]).T @ A / n + penalty
            theta = theta - np.linalg.lstsq(H, grad, rcond=None)[0]
        self.coef_, self.intercept_ = theta[:d], float(theta[d])
        return self

    def predict_proba(self, X):
        return _sigmoid(np.asarray(X, dtype=float) @ self.coef_ + self.intercept_)

    def predict(self, X, threshold=0.5):
        return (self.predict_proba(X) >= threshold).astype(int)
