# Class by class (in order of first appearance), its members shuffled with rng.permutation, dealt
# into the folds starting where the previous class stopped; fold lists sorted at the end.
def stratified_kfold(y, n_splits=5, seed=0):
    y = np.asarray(y)
    if not 2 <= n_splits <= len(y):
        raise ValueError("n_splits out of range")
    rng = np.random.default_rng(seed)
    folds = [[] for _ in range(n_splits)]
    start = 0
    for label in dict.fromkeys(y.tolist()):
        members = rng.permutation(np.flatnonzero(y == label))
        for i, index in enumerate(members):
            folds[(start + i) % n_splits].append(index)
        start += len(members)
    everything = np.arange(len(y))
    return [(np.setdiff1d(everything, f), np.sort(np.array(f, dtype=int))) for f in folds]
