# Sees a constant column and gives up on the whole matrix: the other columns are lost too.
# loses: test_standardize_constant
def standardize(X):
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)
    std = X.std(axis=0)
    if (np.ptp(X, axis=0) == 0).any():
        return np.zeros_like(X), mean, np.where(np.ptp(X, axis=0) == 0, 0.0, std)
    return (X - mean) / std, mean, std
