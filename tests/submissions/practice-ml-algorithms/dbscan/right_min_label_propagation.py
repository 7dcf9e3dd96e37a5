# Right, unlike the reference: no search at all. Each core point starts with its own index as a
# label and repeatedly takes the smallest label among its core neighbours (vectorised, one
# whole-array step per round) until nothing changes; the final label of a cluster is then the
# index of its lowest core point, so ranking those indices numbers the clusters as required.
# Border points take the label of their nearest core point. Distances by the dot-product
# expansion, clipped at 0.
def dbscan(X, eps, min_samples=5):
    X = np.asarray(X, dtype=float)
    n = len(X)
    sq = np.einsum("ij,ij->i", X, X)
    d2 = np.maximum(sq[:, None] + sq[None, :] - 2.0 * X @ X.T, 0.0)
    np.fill_diagonal(d2, 0.0)
    within = d2 <= eps * eps
    core = within.sum(axis=1) >= min_samples
    big = n
    label = np.where(core, np.arange(n), big)
    core_links = within & core[:, None] & core[None, :]
    while True:
        new = np.where(core_links, label[None, :], big).min(axis=1)
        new = np.where(core, np.minimum(new, label), big)
        if np.array_equal(new, label):
            break
        label = new
    out = np.full(n, -1)
    roots = np.unique(label[core])
    out[core] = np.searchsorted(roots, label[core])
    border = ~core & (within & core[None, :]).any(axis=1)
    if border.any():
        masked = np.where(core[None, :], d2[border], np.inf)
        out[border] = out[np.argmin(masked, axis=1)]
    return out
