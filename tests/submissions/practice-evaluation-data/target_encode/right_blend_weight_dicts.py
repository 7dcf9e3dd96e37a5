# Right, unlike the reference: plain dictionaries and a loop over rows, the encoding written as
# a blend lam * mean + (1 - lam) * prior with lam = n / (n + m) (the same formula), and folds
# from a shuffled balanced list (rng.shuffle on np.resize(arange(n_folds), n)).
def target_encode(train_cat, train_y, test_cat, n_folds=5, smoothing=10.0, seed=0):
    cats = list(np.asarray(train_cat).tolist())
    ys = [float(v) for v in np.asarray(train_y)]
    fold = np.resize(np.arange(n_folds), len(cats))
    np.random.default_rng(seed).shuffle(fold)

    def fit(rows):
        prior = sum(ys[i] for i in rows) / len(rows)
        stats = {}
        for i in rows:
            total, count = stats.get(cats[i], (0.0, 0))
            stats[cats[i]] = (total + ys[i], count + 1)

        def enc(c):
            if c not in stats:
                return prior
            total, count = stats[c]
            lam = count / (count + smoothing)
            return lam * (total / count) + (1 - lam) * prior

        return enc

    train_enc = np.zeros(len(cats))
    for k in range(n_folds):
        enc = fit([i for i in range(len(cats)) if fold[i] != k])
        for i in range(len(cats)):
            if fold[i] == k:
                train_enc[i] = enc(cats[i])
    enc = fit(list(range(len(cats))))
    test_enc = np.array([enc(c) for c in np.asarray(test_cat).tolist()], dtype=float)
    return train_enc, test_enc, fold.astype(np.int64)
