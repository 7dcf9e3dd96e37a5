# Each class: floor(n_c / k) of its shuffled members to every fold, then its leftovers one each
# to the currently smallest folds (ties broken at random). Uses the legacy RandomState.
def stratified_kfold(y, n_splits=5, seed=0):
    y = np.asarray(y)
    n = len(y)
    if n_splits < 2 or n_splits > n:
        raise ValueError("bad n_splits")
    rng = np.random.RandomState(seed)
    fold = np.empty(n, dtype=int)
    sizes = np.zeros(n_splits, dtype=int)
    for label in np.unique(y):
        members = np.flatnonzero(y == label)
        rng.shuffle(members)
        base, extra = divmod(len(members), n_splits)
        targets = list(np.repeat(np.arange(n_splits), base))
        ties = rng.random_sample(n_splits)
        targets += list(np.lexsort((ties, sizes))[:extra])
        fold[members] = targets
        sizes += np.bincount(np.asarray(targets, dtype=int), minlength=n_splits)
    return [(np.flatnonzero(fold != k), np.flatnonzero(fold == k)) for k in range(n_splits)]
