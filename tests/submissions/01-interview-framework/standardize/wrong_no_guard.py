# No guard at all: a constant column divides 0 by 0 (NaN).
# loses: test_standardize_constant
def standardize(X):
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)
    std = X.std(axis=0)
    with np.errstate(all="ignore"):
        return (X - mean) / std, mean, std
