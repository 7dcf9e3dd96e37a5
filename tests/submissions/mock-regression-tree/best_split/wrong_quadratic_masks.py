# Right values, but a Python loop over the candidates computing a mask and two means over all
# n points each time: O(n²).
# loses: test_best_split_complexity
# says: would not scale
def best_split(x, y, min_samples_leaf=1):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    values = np.unique(x)
    best_t, best_sse = None, float(np.sum((y - y.mean()) ** 2))
    found = False
    for a, b in zip(values[:-1], values[1:]):
        t = (a + b) / 2
        mask = x <= t
        left, right = y[mask], y[~mask]
        if len(left) < min_samples_leaf or len(right) < min_samples_leaf:
            continue
        sse = np.sum((left - left.mean()) ** 2) + np.sum((right - right.mean()) ** 2)
        if not found or sse < best_sse:
            best_t, best_sse, found = float(t), float(sse), True
    return best_t, best_sse
