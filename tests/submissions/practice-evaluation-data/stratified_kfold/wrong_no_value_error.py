# Never checks n_splits: n_splits=1 gives one fold with an empty training set, n_splits > n
# gives empty test folds.
# loses: test_stratified_kfold_edge_cases
# says: expected ValueError
def stratified_kfold(y, n_splits=5, seed=0):
    y = np.asarray(y)
    n = len(y)
    rng = np.random.default_rng(seed)
    order = rng.permutation(n)
    order = order[np.argsort(np.unique(y, return_inverse=True)[1].ravel()[order], kind="stable")]
    fold = np.empty(n, dtype=int)
    fold[order] = np.arange(n) % max(n_splits, 1)
    return [(np.flatnonzero(fold != k), np.flatnonzero(fold == k)) for k in range(max(n_splits, 0))]
