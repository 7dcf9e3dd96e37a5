# Treats the labels as class numbers 0..K-1 (np.bincount, y == c for c in range): string labels
# fail.
# loses: test_stratified_kfold
def stratified_kfold(y, n_splits=5, seed=0):
    y = np.asarray(y)
    n = len(y)
    if n_splits < 2 or n_splits > n:
        raise ValueError("bad n_splits")
    rng = np.random.default_rng(seed)
    fold = np.empty(n, dtype=int)
    start = 0
    for c in range(len(np.bincount(y))):
        members = rng.permutation(np.flatnonzero(y == c))
        fold[members] = (start + np.arange(len(members))) % n_splits
        start += len(members)
    return [(np.flatnonzero(fold != k), np.flatnonzero(fold == k)) for k in range(n_splits)]
