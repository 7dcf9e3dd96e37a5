# scikit-learn's LogisticRegression (lbfgs to convergence, C = 1 / (l2 n)) wrapped in the
# spec's API: not the lesson's from-scratch gradient descent, and not the weights after
# n_iters steps of it.
# loses: test_LogisticRegression
# says: `LogisticRegression gradient Xᵀ(p - y) / n` differs
class LogisticRegression:
    def __init__(self, lr=0.1, n_iters=1000, l2=0.0):
        self.lr = lr
        self.n_iters = n_iters
        self.l2 = l2

    def fit(self, X, y):
        from sklearn.linear_model import LogisticRegression as SkLogisticRegression

        n = len(X)
        C = np.inf if self.l2 == 0 else 1.0 / (self.l2 * n)
        model = SkLogisticRegression(C=C, max_iter=10000).fit(X, y)
        self.coef_, self.intercept_ = model.coef_[0], float(model.intercept_[0])
        return self

    def predict_proba(self, X):
        z = np.asarray(X, dtype=float) @ self.coef_ + self.intercept_
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))

    def predict(self, X, threshold=0.5):
        return (self.predict_proba(X) >= threshold).astype(int)
