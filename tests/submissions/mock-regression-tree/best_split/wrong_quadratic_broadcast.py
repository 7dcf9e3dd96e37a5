# Right values without a Python loop, but an n x n broadcast (every point against every
# candidate): O(n²) work and memory.
# loses: test_best_split_complexity
# says: would not scale
def best_split(x, y, min_samples_leaf=1):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    c = y - y.mean()
    values = np.unique(x)
    node = float(c @ c)
    if len(values) < 2:
        return None, node
    t = (values[:-1] + values[1:]) / 2
    left = x[None, :] <= t[:, None]  # (candidates, n)
    n_left = left.sum(axis=1)
    n_right = len(x) - n_left
    s_left = left @ c
    sse = node - s_left**2 / n_left - s_left**2 / n_right
    ok = (n_left >= min_samples_leaf) & (n_right >= min_samples_leaf)
    if not ok.any():
        return None, node
    i = int(np.argmin(np.where(ok, sse, np.inf)))
    return float(t[i]), float(sse[i])
