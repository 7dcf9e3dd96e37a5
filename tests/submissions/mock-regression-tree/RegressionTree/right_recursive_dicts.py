# Nodes as dicts, its own brute-force split search with masks (no best_split), predict row by row.
class RegressionTree:
    def __init__(self, max_depth=3, min_samples_leaf=1):
        self.max_depth = max_depth
        self.min_samples_leaf = min_samples_leaf

    def _sse(self, v):
        return float(((v - v.mean()) ** 2).sum())

    def _build(self, X, y, depth):
        node = {"value": float(np.mean(y))}
        if depth == self.max_depth:
            return node
        parent = self._sse(y)
        best = None
        for j in range(X.shape[1]):
            values = np.unique(X[:, j])
            for t in (values[:-1] + values[1:]) / 2:
                mask = X[:, j] <= t
                if mask.sum() < self.min_samples_leaf or (~mask).sum() < self.min_samples_leaf:
                    continue
                score = self._sse(y[mask]) + self._sse(y[~mask])
                if best is None or score < best[0]:
                    best = (score, j, t, mask)
        if best is None or not best[0] < parent - 1e-12 * parent:
            return node
        _, j, t, mask = best
        node.update(feature=j, threshold=t,
                    left=self._build(X[mask], y[mask], depth + 1),
                    right=self._build(X[~mask], y[~mask], depth + 1))
        return node

    def fit(self, X, y):
        self.root_ = self._build(np.asarray(X, dtype=float), np.asarray(y, dtype=float), 0)
        return self

    def predict(self, X):
        out = []
        for row in np.asarray(X, dtype=float):
            node = self.root_
            while "feature" in node:
                node = node["left"] if row[node["feature"]] <= node["threshold"] else node["right"]
            out.append(node["value"])
        return np.array(out, dtype=float)
