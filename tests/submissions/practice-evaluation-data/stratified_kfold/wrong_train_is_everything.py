# train_idx is every index, the test fold included: the model would be tested on its training data.
# loses: test_stratified_kfold
# says: that is not the complement of its test_idx
def stratified_kfold(y, n_splits=5, seed=0):
    y = np.asarray(y)
    n = len(y)
    if n_splits < 2 or n_splits > n:
        raise ValueError("bad n_splits")
    rng = np.random.default_rng(seed)
    order = rng.permutation(n)
    order = order[np.argsort(np.unique(y, return_inverse=True)[1].ravel()[order], kind="stable")]
    fold = np.empty(n, dtype=int)
    fold[order] = np.arange(n) % n_splits
    return [(np.arange(n), np.flatnonzero(fold == k)) for k in range(n_splits)]
