# Each sample draws its fold at random: no balance at all, neither of the folds nor of the classes.
# loses: test_stratified_kfold, test_stratified_kfold_stratified
def stratified_kfold(y, n_splits=5, seed=0):
    n = len(y)
    if n_splits < 2 or n_splits > n:
        raise ValueError("bad n_splits")
    fold = np.random.default_rng(seed).integers(0, n_splits, size=n)
    return [(np.flatnonzero(fold != k), np.flatnonzero(fold == k)) for k in range(n_splits)]
