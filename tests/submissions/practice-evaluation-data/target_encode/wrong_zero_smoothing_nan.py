# Applies the smoothed formula to every category, seen or not: with smoothing 0 an absent
# category is 0 / 0 = NaN instead of the prior.
# loses: test_target_encode_unseen
# says: NaN or infinite
def target_encode(train_cat, train_y, test_cat, n_folds=5, smoothing=10.0, seed=0):
    train_cat, test_cat = np.asarray(train_cat), np.asarray(test_cat)
    y = np.asarray(train_y, dtype=float)
    n = len(y)
    fold = np.empty(n, dtype=np.int64)
    fold[np.random.default_rng(seed).permutation(n)] = np.arange(n) % n_folds
    _, codes = np.unique(np.concatenate([train_cat, test_cat]), return_inverse=True)
    tr, te, m = codes[:n], codes[n:], codes.max() + 1

    def enc_from(rows):
        sums = np.bincount(tr[rows], weights=y[rows], minlength=m)
        counts = np.bincount(tr[rows], minlength=m)
        prior = y[rows].mean()
        return (sums + smoothing * prior) / (counts + smoothing)

    train_enc = np.empty(n)
    for k in range(n_folds):
        train_enc[fold == k] = enc_from(fold != k)[tr[fold == k]]
    return train_enc, enc_from(np.ones(n, dtype=bool))[te], fold
