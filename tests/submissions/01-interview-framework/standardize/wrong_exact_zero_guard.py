# Guards only std == 0: round-off leaves a constant column of 0.1s with std ~1e-17,
# so that column comes back as +-1 instead of 0.
# loses: test_standardize_constant
# says: detect the constant column and return 0 there
def standardize(X):
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)
    std = X.std(axis=0)
    safe = np.where(std == 0, 1.0, std)
    return (X - mean) / safe, mean, std
