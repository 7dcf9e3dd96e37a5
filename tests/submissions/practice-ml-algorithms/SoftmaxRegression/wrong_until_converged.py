# Ignores n_iters and runs until the gradient is tiny: the converged fit is right, but the
# contract fixes the number of steps.
# loses: test_SoftmaxRegression
# says: no more steps, no fewer
class SoftmaxRegression:
    def __init__(self, lr=0.1, n_iters=1000, l2=0.0):
        self.lr = lr
        self.n_iters = n_iters
        self.l2 = l2

    def _softmax(self, Z):
        Z = Z - Z.max(axis=1, keepdims=True)
        E = np.exp(Z)
        return E / E.sum(axis=1, keepdims=True)

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y)
        self.classes_, idx = np.unique(y, return_inverse=True)
        n, d = X.shape
        K = len(self.classes_)
        Y = np.eye(K)[idx.ravel()]
        W = np.zeros((d, K))
        b = np.zeros(K)
        for _ in range(20_000):
            G = (self._softmax(X @ W + b) - Y) / n
            grad_W = X.T @ G + self.l2 * W
            grad_b = G.sum(axis=0)
            W = W - self.lr * grad_W
            b = b - self.lr * grad_b
            if np.abs(grad_W).max() < 1e-9 and np.abs(grad_b).max() < 1e-9:
                break
        self.coef_, self.intercept_ = W, b
        return self

    def predict_proba(self, X):
        return self._softmax(np.asarray(X, dtype=float) @ self.coef_ + self.intercept_)

    def predict(self, X):
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]
