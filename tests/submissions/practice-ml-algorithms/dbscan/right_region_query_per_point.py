# Right, in the original paper's style: no distance matrix; each region query computes one
# point's distances to all points on demand (a loop over points, vectorised inside), with a
# set-based frontier; labels built as a Python list of ints and returned as an int array.
def dbscan(X, eps, min_samples=5):
    X = np.asarray(X, dtype=float)
    n = X.shape[0]

    def region(i):
        return np.flatnonzero(np.linalg.norm(X - X[i], axis=1) <= eps)

    labels = [None] * n
    next_id = 0
    for i in range(n):
        if labels[i] is not None:
            continue
        seeds = region(i)
        if len(seeds) < min_samples:
            labels[i] = -1  # noise for now; may become a border point later
            continue
        labels[i] = next_id
        frontier = set(seeds.tolist()) - {i}
        while frontier:
            j = frontier.pop()
            if labels[j] == -1:
                labels[j] = next_id  # a border point (noise so far)
            if labels[j] is not None:
                continue
            labels[j] = next_id
            found = region(j)
            if len(found) >= min_samples:
                frontier.update(k for k in found.tolist() if labels[k] is None or labels[k] == -1)
        next_id += 1
    return np.array(labels, dtype=np.int64)
