# The intercept folded in as a column of ones: one parameter vector theta = [b, w], one
# gradient 2/n A^T r (its first entry is exactly grad_b).
class LinearRegressionGD:
    def __init__(self, lr=0.01, n_iters=1000):
        self.lr = lr
        self.n_iters = n_iters

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        A = np.hstack([np.ones((X.shape[0], 1)), X])
        theta = np.zeros(A.shape[1])
        losses = []
        for _ in range(self.n_iters):
            theta -= self.lr * 2.0 * A.T @ (A @ theta - y) / len(y)
            losses.append(np.mean((A @ theta - y) ** 2))
        self.intercept_ = float(theta[0])
        self.coef_ = theta[1:].copy()
        self.loss_history_ = np.array(losses)
        return self

    def predict(self, X):
        return np.asarray(X, dtype=float) @ self.coef_ + self.intercept_
