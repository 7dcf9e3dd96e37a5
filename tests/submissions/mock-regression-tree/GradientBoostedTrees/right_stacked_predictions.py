# Keeps each round's scaled training predictions in a matrix; predicts with one stacked sum.
class GradientBoostedTrees:
    def __init__(self, n_estimators=50, learning_rate=0.1, max_depth=2):
        self.n_estimators = n_estimators
        self.learning_rate = learning_rate
        self.max_depth = max_depth

    def fit(self, X, y):
        y = np.array(y, dtype=np.float64)
        X = np.array(X, dtype=np.float64)
        self.init_ = y.mean()
        steps = np.zeros((self.n_estimators, len(y)))
        self.trees_ = []
        for m in range(self.n_estimators):
            residual = y - self.init_ - steps[:m].sum(axis=0)
            tree = RegressionTree(self.max_depth)
            tree.fit(X, residual)
            steps[m] = self.learning_rate * tree.predict(X)
            self.trees_.append(tree)
        fitted = self.init_ + np.cumsum(steps, axis=0)  # (n_estimators, n): after each round
        self.train_loss_ = ((fitted - y) ** 2).mean(axis=1)
        return self

    def predict(self, X):
        X = np.array(X, dtype=np.float64)
        if not self.trees_:
            return np.full(len(X), self.init_)
        return self.init_ + self.learning_rate * np.sum([t.predict(X) for t in self.trees_], axis=0)
