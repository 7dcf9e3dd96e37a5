# Records the starting loss too: n_estimators + 1 entries.
# loses: test_GradientBoostedTrees_loss, test_GradientBoostedTrees_api
# says: no entry for the start
class GradientBoostedTrees:
    def __init__(self, n_estimators=50, learning_rate=0.1, max_depth=2):
        self.n_estimators = n_estimators
        self.learning_rate = learning_rate
        self.max_depth = max_depth

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        self.base_ = float(np.mean(y))
        current = np.full(len(y), self.base_)
        self.trees_ = []
        self.train_loss_ = [float(np.mean((y - y.mean()) ** 2))]
        for _ in range(self.n_estimators):
            tree = RegressionTree(max_depth=self.max_depth).fit(X, y - current)
            current = current + self.learning_rate * tree.predict(X)
            self.train_loss_.append(float(np.mean((y - current) ** 2)))
            self.trees_.append(tree)
        return self

    def predict(self, X):
        X = np.asarray(X, dtype=float)
        out = np.full(len(X), self.base_)
        for tree in self.trees_:
            out = out + self.learning_rate * tree.predict(X)
        return out
