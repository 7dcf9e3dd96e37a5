# np.random.default_rng() without the seed: different folds on every call.
# loses: test_stratified_kfold_seed
# says: expected the same folds for the same seed
def stratified_kfold(y, n_splits=5, seed=0):
    y = np.asarray(y)
    n = len(y)
    if n_splits < 2 or n_splits > n:
        raise ValueError("bad n_splits")
    rng = np.random.default_rng()
    order = rng.permutation(n)
    order = order[np.argsort(np.unique(y, return_inverse=True)[1].ravel()[order], kind="stable")]
    fold = np.empty(n, dtype=int)
    fold[order] = np.arange(n) % n_splits
    return [(np.flatnonzero(fold != k), np.flatnonzero(fold == k)) for k in range(n_splits)]
