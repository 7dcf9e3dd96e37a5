# class_prior_ is right, but the posterior forgets it: only the likelihoods are normalised.
# loses: test_GaussianNB
# says: add log(class_prior_)
class GaussianNB:
    def __init__(self, var_smoothing=1e-9):
        self.var_smoothing = var_smoothing

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y)
        self.classes_ = np.unique(y)
        self.theta_ = np.array([X[y == c].mean(axis=0) for c in self.classes_])
        self.var_ = np.array([X[y == c].var(axis=0) for c in self.classes_]) + self.var_smoothing * X.var(axis=0).max()
        self.class_prior_ = np.array([np.mean(y == c) for c in self.classes_])
        return self

    def _jll(self, X):
        X = np.asarray(X, dtype=float)
        sq = ((X[:, None, :] - self.theta_[None]) ** 2 / self.var_[None]).sum(axis=2)
        return 0 * np.log(self.class_prior_) - 0.5 * (np.log(2 * np.pi * self.var_).sum(axis=1) + sq)

    def predict_proba(self, X):
        jll = self._jll(X)
        e = np.exp(jll - jll.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, X):
        return self.classes_[np.argmax(self._jll(X), axis=1)]
