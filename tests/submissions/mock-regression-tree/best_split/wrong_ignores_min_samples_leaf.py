# Ignores min_samples_leaf: every distinct midpoint is a candidate.
# loses: test_best_split, test_best_split_edge_cases
# says: min_samples_leaf
def best_split(x, y, min_samples_leaf=1):
    order = np.argsort(x)
    xs = np.asarray(x, dtype=float)[order]
    ys = np.asarray(y, dtype=float)[order]
    n = len(ys)
    node_sse = float(np.sum((ys - ys.mean()) ** 2))
    best = (None, node_sse)
    best_sse = np.inf
    s = q = 0.0
    tot_s, tot_q = ys.sum(), (ys**2).sum()
    for i in range(n - 1):
        s += ys[i]
        q += ys[i] ** 2
        k = i + 1
        if xs[i] == xs[i + 1]:
            continue
        sse = (q - s * s / k) + (tot_q - q) - (tot_s - s) ** 2 / (n - k)
        if sse < best_sse:
            best_sse = sse
            best = (float((xs[i] + xs[i + 1]) / 2), float(sse))
    return best
