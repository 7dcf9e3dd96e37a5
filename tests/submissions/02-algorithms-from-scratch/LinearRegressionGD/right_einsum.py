# einsum for the predictions and the gradient; the history preallocated as an array.
class LinearRegressionGD:
    def __init__(self, lr=0.01, n_iters=1000):
        self.lr = lr
        self.n_iters = n_iters

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        n, d = X.shape
        self.coef_ = np.zeros(d)
        self.intercept_ = 0.0
        self.loss_history_ = np.empty(self.n_iters)
        r = np.einsum("ij,j->i", X, self.coef_) + self.intercept_ - y
        for t in range(self.n_iters):
            self.coef_ = self.coef_ - self.lr * 2.0 * np.einsum("ij,i->j", X, r) / n
            self.intercept_ = self.intercept_ - self.lr * 2.0 * np.mean(r)
            r = np.einsum("ij,j->i", X, self.coef_) + self.intercept_ - y
            self.loss_history_[t] = np.einsum("i,i->", r, r) / n
        self.intercept_ = float(self.intercept_)
        return self

    def predict(self, X):
        return np.einsum("ij,j->i", np.asarray(X, dtype=float), self.coef_) + self.intercept_
