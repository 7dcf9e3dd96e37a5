# Scales the caller's array in place (float input): the task says not to modify X.
# loses: test_standardize_input
# says: modified its input `X` in place
def standardize(X):
    X = np.asarray(X, dtype=float)  # no copy when X is already float
    mean = X.mean(axis=0)
    X -= mean
    std = np.sqrt((X**2).mean(axis=0))
    std[std < 1e-12] = 0.0
    X /= np.where(std == 0, 1.0, std)
    return X, mean, std
