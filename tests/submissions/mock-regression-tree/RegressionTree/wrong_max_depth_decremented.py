# Counts depth by decrementing self.max_depth in place: the hyperparameter changes during fit,
# and a second fit grows a shallower tree.
# loses: test_RegressionTree_api
# says: must not change the hyperparameters
class RegressionTree:
    def __init__(self, max_depth=3, min_samples_leaf=1):
        self.max_depth = max_depth
        self.min_samples_leaf = min_samples_leaf

    def _grow(self, X, y):
        leaf = {"value": float(np.mean(y))}
        if self.max_depth <= 0:
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
        self.max_depth -= 1
        node = {"feature": j, "threshold": t, "left": self._grow(X[go], y[go]), "right": self._grow(X[~go], y[~go])}
        return node

    def fit(self, X, y):
        self.root_ = self._grow(np.asarray(X, dtype=float), np.asarray(y, dtype=float))
        return self

    def predict(self, X):
        out = []
        for row in np.asarray(X, dtype=float):
            node = self.root_
            while "feature" in node:
                node = node["left"] if row[node["feature"]] <= node["threshold"] else node["right"]
            out.append(node["value"])
        return np.array(out)
