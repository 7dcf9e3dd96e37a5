# Deals the indices into folds in their own order (fold = index % n_splits): the right sizes,
# but no classes and no seed.
# loses: test_stratified_kfold_stratified, test_stratified_kfold_seed
def stratified_kfold(y, n_splits=5, seed=0):
    n = len(y)
    if n_splits < 2 or n_splits > n:
        raise ValueError("bad n_splits")
    fold = np.arange(n) % n_splits
    return [(np.flatnonzero(fold != k), np.flatnonzero(fold == k)) for k in range(n_splits)]
