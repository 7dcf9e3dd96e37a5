# The MAE without the absolute value: positive and negative errors cancel (its absolute value).
# loses: test_regression_metrics
# says: ABSOLUTE errors
def regression_metrics(y_true, y_pred):
    t = np.asarray(y_true, dtype=float)
    p = np.asarray(y_pred, dtype=float)
    sst = np.sum((t - t.mean()) ** 2)
    sse = np.sum((t - p) ** 2)
    r2 = (1.0 if sse == 0 else 0.0) if sst == 0 else 1 - sse / sst
    return {"mae": float(abs(np.mean(t - p))), "rmse": float(np.sqrt(np.mean((t - p) ** 2))), "r2": float(r2)}
