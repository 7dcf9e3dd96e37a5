# np.array_split of each shuffled class into n_splits chunks, chunk k to fold k: every class is
# balanced, but every class's leftovers go to the first folds, so fold sizes drift apart.
# loses: test_stratified_kfold
# says: expected sizes that differ by at most 1
def stratified_kfold(y, n_splits=5, seed=0):
    y = np.asarray(y)
    if n_splits < 2 or n_splits > len(y):
        raise ValueError("bad n_splits")
    rng = np.random.default_rng(seed)
    folds = [[] for _ in range(n_splits)]
    for label in np.unique(y):
        chunks = np.array_split(rng.permutation(np.flatnonzero(y == label)), n_splits)
        for k, chunk in enumerate(chunks):
            folds[k].extend(chunk.tolist())
    everything = np.arange(len(y))
    return [(np.setdiff1d(everything, f), np.sort(np.array(f, dtype=int))) for f in folds]
