# A shuffled k-fold that ignores the classes: fold sizes are right, class proportions only on
# average.
# loses: test_stratified_kfold_stratified
# says: shuffle within each class
def stratified_kfold(y, n_splits=5, seed=0):
    n = len(y)
    if n_splits < 2 or n_splits > n:
        raise ValueError("bad n_splits")
    order = np.random.default_rng(seed).permutation(n)
    fold = np.empty(n, dtype=int)
    fold[order] = np.arange(n) % n_splits
    return [(np.flatnonzero(fold != k), np.flatnonzero(fold == k)) for k in range(n_splits)]
