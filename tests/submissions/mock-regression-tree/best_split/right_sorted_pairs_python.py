# Plain Python after one sort: lists of (x, y) pairs, running sums, a strict < to keep the
# first (lowest) threshold on ties.
def best_split(x, y, min_samples_leaf=1):
    pairs = sorted(zip(np.asarray(x).tolist(), np.asarray(y).tolist()))
    n = len(pairs)
    mean = sum(v for _, v in pairs) / n
    ys = [v - mean for _, v in pairs]
    total_sq = sum(v * v for v in ys)
    best = None
    s = q = 0.0
    for k in range(1, n):
        s += ys[k - 1]
        q += ys[k - 1] ** 2
        if pairs[k - 1][0] == pairs[k][0]:
            continue
        if k < min_samples_leaf or n - k < min_samples_leaf:
            continue
        sse = q - s * s / k + (total_sq - q) - s * s / (n - k)
        if best is None or sse < best[1]:
            best = ((pairs[k - 1][0] + pairs[k][0]) / 2, sse)
    if best is None:
        return None, float(total_sq)
    return float(best[0]), float(best[1])
