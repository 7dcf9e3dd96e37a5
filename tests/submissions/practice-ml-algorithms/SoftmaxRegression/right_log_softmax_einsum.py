# scipy.special.log_softmax, exponentiated; the one-hot matrix from np.unique's inverse;
# the weight gradient with einsum; in-place updates on the model's own arrays.
from scipy.special import log_softmax


class SoftmaxRegression:
    def __init__(self, lr=0.1, n_iters=1000, l2=0.0):
        self.lr = lr
        self.n_iters = n_iters
        self.l2 = l2

    def fit(self, X, y):
        X = np.array(X, dtype=np.float64)
        self.classes_, inv = np.unique(y, return_inverse=True)
        n = X.shape[0]
        Y = np.zeros((n, len(self.classes_)))
        Y[np.arange(n), inv.reshape(-1)] = 1.0
        self.coef_ = np.zeros((X.shape[1], len(self.classes_)))
        self.intercept_ = np.zeros(len(self.classes_))
        for _ in range(self.n_iters):
            R = np.exp(log_softmax(X @ self.coef_ + self.intercept_, axis=1)) - Y
            gW = np.einsum("ni,nk->ik", X, R) / n + self.l2 * self.coef_
            gb = R.sum(axis=0) / n
            self.coef_ -= self.lr * gW
            self.intercept_ -= self.lr * gb
        return self

    def predict_proba(self, X):
        return np.exp(log_softmax(np.asarray(X, dtype=float) @ self.coef_ + self.intercept_, axis=1))

    def predict(self, X):
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]
