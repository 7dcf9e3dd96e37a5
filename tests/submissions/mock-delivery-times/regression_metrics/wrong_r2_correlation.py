# "R²" as the squared correlation of y_true and y_pred, which ignores bias and scale.
# loses: test_regression_metrics
# says: squared correlation
def regression_metrics(y_true, y_pred):
    t = np.asarray(y_true, dtype=float)
    p = np.asarray(y_pred, dtype=float)
    if np.all(t == t[0]):
        r2 = 1.0 if np.all(t == p) else 0.0
    elif np.all(p == p[0]):
        r2 = 0.0
    else:
        r2 = float(np.corrcoef(t, p)[0, 1] ** 2)
    return {"mae": float(np.mean(np.abs(t - p))), "rmse": float(np.sqrt(np.mean((t - p) ** 2))), "r2": r2}
