# Treats any std below 1e-3 as a constant column: a real column of scale 1e-4 is wiped out.
# loses: test_standardize
# says: a column near 1e6 and a column of scale 1e-4
def standardize(X):
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)
    std = X.std(axis=0)
    std = np.where(std < 1e-3, 0.0, std)
    X_std = np.divide(X - mean, std, out=np.zeros_like(X), where=std > 0)
    return X_std, mean, std
