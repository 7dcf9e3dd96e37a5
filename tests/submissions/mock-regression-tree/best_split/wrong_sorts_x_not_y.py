# Sorts x but leaves y in its original order.
# loses: test_best_split
# says: reorder y
def best_split(x, y, min_samples_leaf=1):
    xs = np.sort(np.asarray(x, dtype=float))
    ys = np.asarray(y, dtype=float)
    n = len(ys)
    c = ys - ys.mean()
    k = np.arange(1, n)
    ls, lq = np.cumsum(c)[:-1], np.cumsum(c**2)[:-1]
    sse = lq - ls**2 / k + (c @ c - lq) - ls**2 / (n - k)
    valid = (xs[1:] > xs[:-1]) & (k >= min_samples_leaf) & (n - k >= min_samples_leaf)
    if not valid.any():
        return None, float(c @ c)
    i = int(np.argmin(np.where(valid, sse, np.inf)))
    return float((xs[i] + xs[i + 1]) / 2), float(sse[i])
