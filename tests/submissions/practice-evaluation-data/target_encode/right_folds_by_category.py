# Right, with folds that depend on the categories (allowed): rows sorted by category, randomly
# within each category, then dealt round robin, so every category is spread evenly over the
# folds while the fold sizes still differ by at most 1. Statistics per fold by a boolean mask.
def target_encode(train_cat, train_y, test_cat, n_folds=5, smoothing=10.0, seed=0):
    train_cat = np.asarray(train_cat)
    test_cat = np.asarray(test_cat)
    y = np.asarray(train_y, dtype=float)
    n = len(y)
    levels, codes = np.unique(train_cat, return_inverse=True)
    noise = np.random.default_rng(seed).random(n)
    order = np.lexsort((noise, codes))
    fold = np.empty(n, dtype=np.int64)
    fold[order] = np.arange(n) % n_folds

    def table(mask):
        sums = np.bincount(codes[mask], weights=y[mask], minlength=len(levels))
        counts = np.bincount(codes[mask], minlength=len(levels))
        prior = y[mask].mean()
        enc = np.full(len(levels), prior)
        seen = counts > 0
        enc[seen] = (sums[seen] + smoothing * prior) / (counts[seen] + smoothing)
        return enc, prior

    train_enc = np.empty(n)
    for k in range(n_folds):
        enc, _ = table(fold != k)
        train_enc[fold == k] = enc[codes[fold == k]]
    enc, prior = table(np.ones(n, dtype=bool))
    where = np.searchsorted(levels, test_cat)
    where = np.clip(where, 0, len(levels) - 1)
    known = levels[where] == test_cat
    test_enc = np.where(known, enc[where], prior)
    return train_enc, test_enc, fold
