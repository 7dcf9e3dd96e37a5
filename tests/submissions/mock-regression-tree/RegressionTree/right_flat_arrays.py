# Grows breadth-first into flat arrays (feature, threshold, children, value) with best_split,
# then predicts by moving all rows down level by level.
class RegressionTree:
    def __init__(self, max_depth=3, min_samples_leaf=1):
        self.max_depth = max_depth
        self.min_samples_leaf = min_samples_leaf

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        feature, threshold, left, right, value = [], [], [], [], []
        queue = [(np.arange(len(y)), 0)]
        while queue:
            rows, depth = queue.pop(0)
            node = len(value)
            value.append(y[rows].mean())
            feature.append(-1)
            threshold.append(0.0)
            left.append(-1)
            right.append(-1)
            if depth >= self.max_depth:
                continue
            _, parent = best_split(np.zeros(len(rows)), y[rows])
            splits = [best_split(X[rows, j], y[rows], self.min_samples_leaf) for j in range(X.shape[1])]
            scores = [s if t is not None else np.inf for t, s in splits]
            j = int(np.argmin(scores))  # first minimum: the lowest feature
            if not np.isfinite(scores[j]) or scores[j] >= parent * (1 - 1e-12):
                continue
            feature[node], threshold[node] = j, splits[j][0]
            go = X[rows, j] <= threshold[node]
            n_queued = len(value) + len(queue)
            left[node], right[node] = n_queued, n_queued + 1
            queue.append((rows[go], depth + 1))
            queue.append((rows[~go], depth + 1))
        self.feature_, self.threshold_ = np.array(feature), np.array(threshold)
        self.left_, self.right_, self.value_ = np.array(left), np.array(right), np.array(value)
        return self

    def predict(self, X):
        X = np.asarray(X, dtype=float)
        node = np.zeros(len(X), dtype=int)
        while True:
            inner = self.feature_[node] >= 0
            if not inner.any():
                return self.value_[node].astype(float)
            f = self.feature_[node[inner]]
            go_left = X[np.flatnonzero(inner), f] <= self.threshold_[node[inner]]
            node[inner] = np.where(go_left, self.left_[node[inner]], self.right_[node[inner]])
