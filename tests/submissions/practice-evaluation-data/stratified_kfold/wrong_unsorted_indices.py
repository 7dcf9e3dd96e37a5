# Right folds, but each test_idx in the shuffled order it was dealt in, not sorted.
# loses: test_stratified_kfold
# says: that is not a sorted 1-D array of distinct indices
def stratified_kfold(y, n_splits=5, seed=0):
    y = np.asarray(y)
    n = len(y)
    if n_splits < 2 or n_splits > n:
        raise ValueError("bad n_splits")
    rng = np.random.default_rng(seed)
    order = rng.permutation(n)
    order = order[np.argsort(np.unique(y, return_inverse=True)[1].ravel()[order], kind="stable")]
    position = np.arange(n) % n_splits
    return [(np.sort(order[position != k]), order[position == k]) for k in range(n_splits)]
