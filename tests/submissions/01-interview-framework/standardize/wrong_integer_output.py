# Allocates the output like the input: integer X gives a truncated integer X_std.
# loses: test_standardize_input
def standardize(X):
    X = np.asarray(X)
    mean = X.mean(axis=0)
    std = X.std(axis=0)
    std = np.where(std < 1e-12, 0.0, std)
    X_std = np.zeros_like(X)
    ok = std > 0
    X_std[:, ok] = (X[:, ok] - mean[ok]) / std[ok]
    return X_std, mean, std
