# Right, written unlike the reference: nodes in flat lists as scikit-learn stores them, grown
# with an explicit stack instead of recursion; Gini as 1 - sum(p^2) weighted by n_l / n with
# running counts from a one-hot cumulative sum; every row routed down the tree at once, one
# level per step. Labels encoded with return_inverse, so strings work.
class DecisionTreeClassifier:
    def __init__(self, max_depth=None, min_samples_split=2):
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split

    def fit(self, X, y):
        X = np.array(X, dtype=float)
        self.classes_, codes = np.unique(y, return_inverse=True)
        codes = codes.reshape(-1)
        K = len(self.classes_)
        Y = np.eye(K)[codes]
        self.feature_, self.threshold_, self.left_, self.right_, self.value_ = [], [], [], [], []

        def new_node(rows):
            self.feature_.append(-1)
            self.threshold_.append(0.0)
            self.left_.append(-1)
            self.right_.append(-1)
            self.value_.append(Y[rows].mean(axis=0))
            return len(self.feature_) - 1

        stack = [(new_node(np.arange(len(X))), np.arange(len(X)), 0)]
        while stack:
            node, rows, depth = stack.pop()
            n = len(rows)
            p = self.value_[node]
            parent = 1.0 - np.sum(p**2)
            if p.max() == 1.0 or n < self.min_samples_split:
                continue
            if self.max_depth is not None and depth >= self.max_depth:
                continue
            best = (parent, None, None)
            for j in range(X.shape[1]):
                order = rows[np.argsort(X[rows, j], kind="mergesort")]
                xs = X[order, j]
                cum = np.cumsum(Y[order], axis=0)
                n_l = np.arange(1, n + 1)[:, None]
                g_l = 1.0 - np.sum((cum / n_l) ** 2, axis=1)
                n_r = n - n_l
                rest = cum[-1] - cum
                g_r = 1.0 - np.sum((rest / np.maximum(n_r, 1)) ** 2, axis=1)
                weighted = (n_l[:, 0] / n) * g_l + (n_r[:, 0] / n) * g_r
                for i in np.flatnonzero(xs[:-1] != xs[1:]):
                    if weighted[i] < best[0] - 1e-12:
                        best = (weighted[i], j, (xs[i] + xs[i + 1]) / 2)
            if best[1] is None:
                continue
            _, j, t = best
            go_left = X[rows, j] <= t
            left, right = new_node(rows[go_left]), new_node(rows[~go_left])
            self.feature_[node], self.threshold_[node] = j, t
            self.left_[node], self.right_[node] = left, right
            stack.append((right, rows[~go_left], depth + 1))
            stack.append((left, rows[go_left], depth + 1))
        return self

    def predict_proba(self, X):
        X = np.asarray(X, dtype=float)
        feature, threshold = np.array(self.feature_), np.array(self.threshold_)
        left, right = np.array(self.left_), np.array(self.right_)
        node = np.zeros(len(X), dtype=int)
        while True:
            inner = feature[node] >= 0
            if not inner.any():
                break
            f = feature[node[inner]]
            go_left = X[np.flatnonzero(inner), f] <= threshold[node[inner]]
            node[inner] = np.where(go_left, left[node[inner]], right[node[inner]])
        return np.array(self.value_)[node]

    def predict(self, X):
        return self.classes_[self.predict_proba(X).argmax(axis=1)]
