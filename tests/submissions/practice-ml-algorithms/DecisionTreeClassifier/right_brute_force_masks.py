# Right: every candidate threshold tried with boolean masks, Gini from np.unique counts, the
# tree as nested dicts, prediction one row at a time (slow but within the contract). A split is
# kept only when strictly below the node's impurity, and then only when strictly better.
class DecisionTreeClassifier:
    def __init__(self, max_depth=None, min_samples_split=2):
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split

    def _gini(self, y):
        if len(y) == 0:
            return 0.0
        _, counts = np.unique(y, return_counts=True)
        p = counts / len(y)
        return 1.0 - np.sum(p**2)

    def _split_score(self, y_left, y_right):
        n = len(y_left) + len(y_right)
        return (len(y_left) * self._gini(y_left) + len(y_right) * self._gini(y_right)) / n

    def _build(self, X, y, depth):
        counts = np.array([np.sum(y == c) for c in self.classes_])
        node = {"proba": counts / len(y)}
        if len(np.unique(y)) == 1 or len(y) < self.min_samples_split:
            return node
        if self.max_depth is not None and depth >= self.max_depth:
            return node
        best_score, best = self._gini(y), None
        for j in range(X.shape[1]):
            values = np.unique(X[:, j])
            for t in (values[:-1] + values[1:]) / 2:
                left = X[:, j] <= t
                score = self._split_score(y[left], y[~left])
                if score < best_score:
                    best_score, best = score, (j, t)
        if best is None:
            return node
        j, t = best
        left = X[:, j] <= t
        node.update(feature=j, threshold=t,
                    left=self._build(X[left], y[left], depth + 1),
                    right=self._build(X[~left], y[~left], depth + 1))
        return node

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y)
        self.classes_ = np.unique(y)
        self.root_ = self._build(X, y, 0)
        return self

    def _leaf(self, x):
        node = self.root_
        while "feature" in node:
            node = node["left"] if x[node["feature"]] <= node["threshold"] else node["right"]
        return node["proba"]

    def predict_proba(self, X):
        return np.array([self._leaf(x) for x in np.asarray(X, dtype=float)])

    def predict(self, X):
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]
