# Depth off by one: a node is a leaf only beyond max_depth (the tree grows one level too deep).
# loses: test_RegressionTree, test_RegressionTree_stopping
# says: root has depth 0
class RegressionTree:
    def __init__(self, max_depth=3, min_samples_leaf=1):
        self.max_depth = max_depth
        self.min_samples_leaf = min_samples_leaf

    def _grow(self, X, y, depth):
        leaf = {"value": float(np.mean(y))}
        if depth > self.max_depth:
            return leaf
        node_sse = float(np.sum((y - y.mean()) ** 2))
        best = None
        for j in range(X.shape[1]):
            t, sse = best_split(X[:, j], y, self.min_samples_leaf)
            if t is not None and (best is None or sse < best[2]):
                best = (j, t, sse)
        if best is None or best[2] >= node_sse * (1 - 1e-12):
            return leaf
        j, t, _ = best
        go = X[:, j] <= t
        return {"feature": j, "threshold": t,
                "left": self._grow(X[go], y[go], depth + 1), "right": self._grow(X[~go], y[~go], depth + 1)}

    def fit(self, X, y):
        self.root_ = self._grow(np.asarray(X, dtype=float), np.asarray(y, dtype=float), 0)
        return self

    def predict(self, X):
        X = np.asarray(X, dtype=float)
        out = np.empty(len(X))
        for i, row in enumerate(X):
            node = self.root_
            while "feature" in node:
                node = node["left"] if row[node["feature"]] <= node["threshold"] else node["right"]
            out[i] = node["value"]
        return out
