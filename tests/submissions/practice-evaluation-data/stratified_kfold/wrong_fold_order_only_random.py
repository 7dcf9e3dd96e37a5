# The seed only permutes which fold number each block gets: the same samples always share a
# fold, whatever the seed.
# loses: test_stratified_kfold_seed
# says: expected the seed to change which samples share a fold
def stratified_kfold(y, n_splits=5, seed=0):
    y = np.asarray(y)
    n = len(y)
    if n_splits < 2 or n_splits > n:
        raise ValueError("bad n_splits")
    order = np.argsort(np.unique(y, return_inverse=True)[1].ravel(), kind="stable")
    fold = np.empty(n, dtype=int)
    fold[order] = np.random.default_rng(seed).permutation(n_splits)[np.arange(n) % n_splits]
    return [(np.flatnonzero(fold != k), np.flatnonzero(fold == k)) for k in range(n_splits)]
