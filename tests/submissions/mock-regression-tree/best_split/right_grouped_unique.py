# Groups equal x values with np.unique and bincount, then scans the distinct values with
# cumulative counts and sums (candidates between groups only); SSE = total - explained.
def best_split(x, y, min_samples_leaf=1):
    y = np.asarray(y, dtype=np.float64)
    values, group = np.unique(np.asarray(x), return_inverse=True)
    group = group.ravel()
    counts = np.bincount(group)
    sums = np.bincount(group, weights=y - y.mean())
    node_sse = float(((y - y.mean()) ** 2).sum())
    if len(values) < 2:
        return None, node_sse
    n_left = np.cumsum(counts)[:-1]
    s_left = np.cumsum(sums)[:-1]
    n = len(y)
    s_right = -s_left  # centred: all sums add to 0
    explained = s_left**2 / n_left + s_right**2 / (n - n_left)
    sse = node_sse - explained
    ok = (n_left >= min_samples_leaf) & (n - n_left >= min_samples_leaf)
    if not ok.any():
        return None, node_sse
    idx = np.flatnonzero(ok)
    best = idx[np.argmin(sse[idx])]
    return float((values[best] + values[best + 1]) / 2), float(sse[best])
