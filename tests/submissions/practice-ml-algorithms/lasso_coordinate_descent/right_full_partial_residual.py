# The textbook form, written plainly: a soft_threshold helper, and for each coordinate the partial
# residual recomputed from scratch (yc - Xc w + Xc[:, j] w_j), means over n. Slower per step but
# the same iterates.
def soft_threshold(value, threshold):
    if value > threshold:
        return value - threshold
    if value < -threshold:
        return value + threshold
    return 0.0


def lasso_coordinate_descent(X, y, alpha, max_iter=1000, tol=1e-10):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    Xc = X - X.mean(axis=0)
    yc = y - y.mean()
    w = np.zeros(d)
    for sweep in range(max_iter):
        w_before = w.copy()
        for j in range(d):
            z = np.mean(Xc[:, j] ** 2)
            if z == 0:
                w[j] = 0.0
                continue
            partial = yc - Xc @ w + Xc[:, j] * w[j]
            w[j] = soft_threshold(np.mean(Xc[:, j] * partial), alpha) / z
        if np.max(np.abs(w - w_before)) < tol:
            break
    b = y.mean() - X.mean(axis=0) @ w
    return w, float(b)
