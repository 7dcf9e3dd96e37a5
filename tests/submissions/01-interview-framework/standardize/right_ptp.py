# Detects constant columns by their range (np.ptp == 0) and returns a tuple built from a list.
def standardize(X):
    X = np.asarray(X).astype(np.float64)
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)
    flat = np.ptp(X, axis=0) == 0
    sigma[flat] = 0
    scaled = (X - mu) / np.where(flat, 1, sigma)
    scaled[:, flat] = 0
    return tuple([scaled, mu, sigma])
