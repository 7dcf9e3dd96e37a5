# One column at a time with explicit formulas (a loop is allowed for this exercise).
def standardize(X):
    X = np.array(X, dtype=float)
    n, d = X.shape
    X_std = np.zeros((n, d))
    mean = np.zeros(d)
    std = np.zeros(d)
    for j in range(d):
        column = X[:, j]
        mean[j] = column.sum() / n
        if np.all(column == column[0]):
            continue
        std[j] = np.sqrt(((column - mean[j]) ** 2).sum() / n)
        X_std[:, j] = (column - mean[j]) / std[j]
    return X_std, mean, std
