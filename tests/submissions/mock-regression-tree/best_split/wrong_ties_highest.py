# A Python loop that replaces the best on equal SSE too (<=): ties go to the highest threshold.
# loses: test_best_split_edge_cases
# says: lowest threshold
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
        if xs[i] == xs[i + 1] or k < min_samples_leaf or n - k < min_samples_leaf:
            continue
        sse = (q - s * s / k) + (tot_q - q) - (tot_s - s) ** 2 / (n - k)
        if sse <= best_sse:
            best_sse = sse
            best = (float((xs[i] + xs[i + 1]) / 2), float(sse))
    return best
