# Looks the test categories up in a dictionary with NaN as default: unseen categories get NaN.
# loses: test_target_encode_unseen
# says: the categories that never occur in training
def target_encode(train_cat, train_y, test_cat, n_folds=5, smoothing=10.0, seed=0):
    train_cat, test_cat = np.asarray(train_cat), np.asarray(test_cat)
    y = np.asarray(train_y, dtype=float)
    n = len(y)
    fold = np.empty(n, dtype=np.int64)
    fold[np.random.default_rng(seed).permutation(n)] = np.arange(n) % n_folds

    def table(rows):
        prior = y[rows].mean()
        out = {}
        for c in np.unique(train_cat[rows]):
            inside = rows & (train_cat == c)
            out[c] = (y[inside].sum() + smoothing * prior) / (inside.sum() + smoothing)
        return out, prior

    train_enc = np.empty(n)
    for k in range(n_folds):
        out, prior = table(fold != k)
        train_enc[fold == k] = [out.get(c, prior) for c in train_cat[fold == k]]
    out, _ = table(np.ones(n, dtype=bool))
    test_enc = np.array([out.get(c, np.nan) for c in test_cat], dtype=float)
    return train_enc, test_enc, fold
