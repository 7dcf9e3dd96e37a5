# One pass, var = E[x^2] - E[x]^2: right on small numbers, but the two terms cancel for a
# column near 1e6 and the std comes back wrong in the 4th or 5th digit.
# loses: test_standardize
# says: E[x²] - E[x]² subtracts two huge, nearly equal numbers
def standardize(X):
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)
    var = (X**2).mean(axis=0) - mean**2
    std = np.sqrt(np.maximum(var, 0.0))
    constant = (X == X[:1]).all(axis=0)
    std = np.where(constant, 0.0, std)
    X_std = np.where(constant, 0.0, (X - mean) / np.where(constant, 1.0, std))
    return X_std, mean, std
