# Random keys from rng.random, np.lexsort by (class, key), dealt position % n_splits, and the fold
# numbers themselves permuted at random so that no fold always gets the leftovers.
def stratified_kfold(y, n_splits=5, seed=0):
    y = np.asarray(y)
    n = y.shape[0]
    if n_splits < 2 or n_splits > n:
        raise ValueError("need 2 <= n_splits <= len(y)")
    rng = np.random.default_rng(seed)
    keys = rng.random(n)
    codes = np.unique(y, return_inverse=True)[1].reshape(-1)
    order = np.lexsort((keys, codes))
    relabel = rng.permutation(n_splits)
    fold = np.empty(n, dtype=np.int64)
    fold[order] = relabel[np.arange(n) % n_splits]
    idx = np.arange(n)
    return [(idx[fold != k], idx[fold == k]) for k in range(n_splits)]
