# Statistics over the rows (axis=1) instead of the columns.
# loses: test_standardize
def standardize(X):
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=1, keepdims=True)
    std = X.std(axis=1, keepdims=True)
    std = np.where(std < 1e-12, 0.0, std)
    X_std = np.where(std == 0, 0.0, (X - mean) / np.where(std == 0, 1.0, std))
    return X_std, mean.ravel(), std.ravel()
