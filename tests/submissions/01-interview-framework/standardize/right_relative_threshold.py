# A constant column is one whose std is negligible relative to its mean: round-off only.
def standardize(X):
    X = np.array(X, dtype=np.float64)
    mean = np.mean(X, axis=0)
    std = np.std(X, axis=0, ddof=0)
    constant = std <= 1e-12 * np.maximum(1.0, np.abs(mean))
    std[constant] = 0.0
    X_std = np.zeros_like(X)
    X_std[:, ~constant] = (X[:, ~constant] - mean[~constant]) / std[~constant]
    return X_std, mean, std
