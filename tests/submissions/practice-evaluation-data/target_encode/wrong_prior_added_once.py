# Smoothing written as (sum + prior) / (count + smoothing): the prior is not weighted by the
# smoothing strength.
# loses: test_target_encode, test_target_encode_unseen
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
        return np.where(counts > 0, (sums + prior) / np.maximum(counts + smoothing, 1e-300), prior)

    train_enc = np.empty(n)
    for k in range(n_folds):
        train_enc[fold == k] = enc_from(fold != k)[tr[fold == k]]
    return train_enc, enc_from(np.ones(n, dtype=bool))[te], fold
