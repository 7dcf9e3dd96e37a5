# Right, the classic interview scan: for each feature sort once, move one sample at a time from
# the right child to the left, updating class counts in a dict; thresholds compared as tuples
# (score, feature, threshold) so min() breaks ties exactly as the task says. Works in the
# "proxy" form sum(c^2) / n (larger is better), never computing a Gini value.
class DecisionTreeClassifier:
    def __init__(self, max_depth=None, min_samples_split=2):
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = list(np.asarray(y).tolist())
        self.classes_ = np.unique(np.asarray(y))
        index = {c: i for i, c in enumerate(self.classes_.tolist())}
        self.tree_ = self._grow(X, [index[v] for v in y], list(range(len(y))), 0)
        return self

    def _grow(self, X, codes, rows, depth):
        K = len(self.classes_)
        total = [0] * K
        for r in rows:
            total[codes[r]] += 1
        n = len(rows)
        leaf = ("leaf", np.array(total, dtype=float) / n)
        if max(total) == n or n < self.min_samples_split or (self.max_depth is not None and depth >= self.max_depth):
            return leaf
        parent = sum(c * c for c in total) / n
        candidates = []
        for j in range(X.shape[1]):
            order = sorted(rows, key=lambda r: X[r, j])
            left = [0] * K
            right = list(total)
            for i in range(n - 1):
                c = codes[order[i]]
                left[c] += 1
                right[c] -= 1
                a, b = X[order[i], j], X[order[i + 1], j]
                if a == b:
                    continue
                proxy = sum(v * v for v in left) / (i + 1) + sum(v * v for v in right) / (n - i - 1)
                candidates.append((-proxy, j, (a + b) / 2))
        if not candidates:
            return leaf
        neg_proxy, j, t = min(candidates)
        if -neg_proxy <= parent + 1e-9:
            return leaf
        rows_left = [r for r in rows if X[r, j] <= t]
        rows_right = [r for r in rows if X[r, j] > t]
        return ("split", j, t, self._grow(X, codes, rows_left, depth + 1), self._grow(X, codes, rows_right, depth + 1))

    def predict_proba(self, X):
        out = []
        for x in np.asarray(X, dtype=float):
            node = self.tree_
            while node[0] == "split":
                node = node[3] if x[node[1]] <= node[2] else node[4]
            out.append(node[1])
        return np.array(out)

    def predict(self, X):
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]
