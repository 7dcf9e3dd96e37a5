# Sorts once, then walks the sorted candidates in a Python loop with running sums: O(n log n).
def best_split(x, y, min_samples_leaf=1):
    order = np.argsort(x)
    xs = np.asarray(x, dtype=float)[order]
    ys = np.asarray(y, dtype=float)[order]
    n = len(ys)
    total_sum, total_sq = ys.sum(), (ys**2).sum()
    node_sse = float(np.sum((ys - ys.mean()) ** 2))
    best_t, best_sse = None, None
    s = q = 0.0
    for i in range(n - 1):
        s += ys[i]
        q += ys[i] ** 2
        k = i + 1
        if xs[i] == xs[i + 1] or k < min_samples_leaf or n - k < min_samples_leaf:
            continue
        sse = (q - s * s / k) + (total_sq - q) - (total_sum - s) ** 2 / (n - k)
        if best_sse is None or sse < best_sse:
            best_t, best_sse = (xs[i] + xs[i + 1]) / 2.0, sse
    if best_t is None:
        return None, node_sse
    return float(best_t), float(best_sse)
