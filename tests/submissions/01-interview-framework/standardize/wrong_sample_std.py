# The sample std (ddof=1) instead of the population std the task asks for.
# loses: test_standardize
# says: the sample std (ddof=1)
def standardize(X):
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)
    std = X.std(axis=0, ddof=1) if len(X) > 1 else np.zeros(X.shape[1])
    constant = np.ptp(X, axis=0) == 0
    std = np.where(constant, 0.0, std)
    X_std = np.where(constant, 0.0, (X - mean) / np.where(constant, 1.0, std))
    return X_std, mean, std
