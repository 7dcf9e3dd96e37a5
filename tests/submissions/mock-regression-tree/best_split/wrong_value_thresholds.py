# Uses the left value itself as the threshold instead of the midpoint.
# loses: test_best_split
# says: midpoint
def best_split(x, y, min_samples_leaf=1):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(y)
    c = y - y.mean()
    order = np.argsort(x, kind="stable")
    xs, ys = x[order], c[order]
    k = np.arange(1, n)
    ls, lq = np.cumsum(ys)[:-1], np.cumsum(ys**2)[:-1]
    sse = lq - ls**2 / k + (c @ c - lq) - ls**2 / (n - k)
    valid = (xs[1:] > xs[:-1]) & (k >= min_samples_leaf) & (n - k >= min_samples_leaf)
    if not valid.any():
        return None, float(c @ c)
    i = int(np.argmin(np.where(valid, sse, np.inf)))
    return float(xs[i]), float(sse[i])
