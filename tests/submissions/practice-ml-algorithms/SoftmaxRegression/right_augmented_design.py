# A column of ones appended to X, so one (d + 1, K) matrix holds coef_ and intercept_; a mask
# keeps the penalty off the bias row; scipy.special.softmax (allowed) for the probabilities.
from scipy.special import softmax as _softmax


class SoftmaxRegression:
    def __init__(self, lr=0.1, n_iters=1000, l2=0.0):
        self.lr, self.n_iters, self.l2 = lr, n_iters, l2

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        n, d = X.shape
        A = np.hstack([X, np.ones((n, 1))])
        self.classes_ = np.unique(y)
        Y = (np.asarray(y)[:, None] == self.classes_[None, :]).astype(float)
        theta = np.zeros((d + 1, len(self.classes_)))
        penalised = np.ones((d + 1, 1))
        penalised[-1] = 0.0
        for _ in range(self.n_iters):
            grad = A.T @ (_softmax(A @ theta, axis=1) - Y) / n + self.l2 * penalised * theta
            theta -= self.lr * grad
        self.coef_, self.intercept_ = theta[:-1].copy(), theta[-1].copy()
        return self

    def predict_proba(self, X):
        return _softmax(np.asarray(X, dtype=float) @ self.coef_ + self.intercept_, axis=1)

    def predict(self, X):
        return self.classes_[self.predict_proba(X).argmax(axis=1)]
