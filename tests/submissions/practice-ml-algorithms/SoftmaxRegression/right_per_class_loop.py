# The gradient one class (column) at a time in a loop over the K classes, the softmax through
# log-sum-exp, and labels mapped with np.searchsorted.
class SoftmaxRegression:
    def __init__(self, lr=0.1, n_iters=1000, l2=0.0):
        self.lr = lr
        self.n_iters = n_iters
        self.l2 = l2

    def _proba(self, Z):
        m = Z.max(axis=1, keepdims=True)
        log_norm = m + np.log(np.exp(Z - m).sum(axis=1, keepdims=True))
        return np.exp(Z - log_norm)

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y)
        self.classes_ = np.array(sorted(set(y.tolist())))
        codes = np.searchsorted(self.classes_, y)
        n, d = X.shape
        K = len(self.classes_)
        self.coef_ = np.zeros((d, K))
        self.intercept_ = np.zeros(K)
        for _ in range(self.n_iters):
            P = self._proba(X @ self.coef_ + self.intercept_)
            grad_W = np.empty_like(self.coef_)
            grad_b = np.empty_like(self.intercept_)
            for k in range(K):
                r = P[:, k] - (codes == k)
                grad_W[:, k] = X.T @ r / n + self.l2 * self.coef_[:, k]
                grad_b[k] = r.mean()
            self.coef_ = self.coef_ - self.lr * grad_W
            self.intercept_ = self.intercept_ - self.lr * grad_b
        return self

    def predict_proba(self, X):
        return self._proba(np.asarray(X, dtype=float) @ self.coef_ + self.intercept_)

    def predict(self, X):
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]
