# Ridge as ordinary least squares on augmented data: stack sqrt(alpha) I under the centred X and
# zeros under the centred y, then lstsq.
def ridge_closed_form(X, y, alpha):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    d = X.shape[1]
    A = np.vstack([X - X.mean(axis=0), np.sqrt(alpha) * np.eye(d)])
    target = np.concatenate([y - y.mean(), np.zeros(d)])
    w = np.linalg.lstsq(A, target, rcond=None)[0]
    return w, float(y.mean() - X.mean(axis=0) @ w)
