# Raises, like scikit-learn's StratifiedKFold warns, when a class has fewer members than
# n_splits: the task allows such classes.
# loses: test_stratified_kfold_edge_cases
# says: raised ValueError
def stratified_kfold(y, n_splits=5, seed=0):
    y = np.asarray(y)
    n = len(y)
    if n_splits < 2 or n_splits > n:
        raise ValueError("bad n_splits")
    if np.unique(y, return_counts=True)[1].min() < n_splits:
        raise ValueError("a class has fewer members than n_splits")
    rng = np.random.default_rng(seed)
    order = rng.permutation(n)
    order = order[np.argsort(np.unique(y, return_inverse=True)[1].ravel()[order], kind="stable")]
    fold = np.empty(n, dtype=int)
    fold[order] = np.arange(n) % n_splits
    return [(np.flatnonzero(fold != k), np.flatnonzero(fold == k)) for k in range(n_splits)]
