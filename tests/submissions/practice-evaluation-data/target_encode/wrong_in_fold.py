# Encodes the training rows with statistics of ALL training rows: each row's own label leaks in.
# loses: test_target_encode, test_target_encode_leak
# says: must not use the rows of its own fold
def target_encode(train_cat, train_y, test_cat, n_folds=5, smoothing=10.0, seed=0):
    train_cat, test_cat = np.asarray(train_cat), np.asarray(test_cat)
    y = np.asarray(train_y, dtype=float)
    n = len(y)
    fold = np.empty(n, dtype=np.int64)
    fold[np.random.default_rng(seed).permutation(n)] = np.arange(n) % n_folds
    prior = y.mean()
    stats = {}
    for c in np.unique(train_cat):
        inside = train_cat == c
        stats[c] = (y[inside].sum() + smoothing * prior) / (inside.sum() + smoothing)
    train_enc = np.array([stats[c] for c in train_cat])
    test_enc = np.array([stats.get(c, prior) for c in test_cat], dtype=float)
    return train_enc, test_enc, fold
