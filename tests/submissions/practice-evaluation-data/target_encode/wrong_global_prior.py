# Out-of-fold category statistics, but the prior of ALL training rows: a row's own label still
# reaches its encoding through the prior.
# loses: test_target_encode, test_target_encode_leak
# says: not over all training rows
def target_encode(train_cat, train_y, test_cat, n_folds=5, smoothing=10.0, seed=0):
    train_cat, test_cat = np.asarray(train_cat), np.asarray(test_cat)
    y = np.asarray(train_y, dtype=float)
    n = len(y)
    fold = np.empty(n, dtype=np.int64)
    fold[np.random.default_rng(seed).permutation(n)] = np.arange(n) % n_folds
    _, codes = np.unique(np.concatenate([train_cat, test_cat]), return_inverse=True)
    tr, te, m = codes[:n], codes[n:], codes.max() + 1
    prior = y.mean()
    train_enc = np.empty(n)
    for k in range(n_folds):
        out = fold != k
        sums = np.bincount(tr[out], weights=y[out], minlength=m)
        counts = np.bincount(tr[out], minlength=m)
        enc = np.where(
            counts > 0, (sums + smoothing * prior) / np.maximum(counts + smoothing, 1e-300), prior
        )
        train_enc[~out] = enc[tr[~out]]
    sums = np.bincount(tr, weights=y, minlength=m)
    counts = np.bincount(tr, minlength=m)
    enc = np.where(
        counts > 0, (sums + smoothing * prior) / np.maximum(counts + smoothing, 1e-300), prior
    )
    return train_enc, enc[te], fold
