# Calls a column constant when np.isclose says all its values equal the first: the relative
# tolerance (1e-5) swallows a real spread of 1 around 1e6.
# loses: test_standardize
def standardize(X):
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)
    constant = np.isclose(X, X[:1]).all(axis=0)
    std = np.where(constant, 0.0, X.std(axis=0))
    X_std = np.zeros_like(X)
    X_std[:, ~constant] = (X[:, ~constant] - mean[~constant]) / std[~constant]
    return X_std, mean, std
