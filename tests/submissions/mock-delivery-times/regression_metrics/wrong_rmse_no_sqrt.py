# Reports the mean squared error under "rmse": the square root is missing.
# loses: test_regression_metrics
# says: the RMSE is its square root
def regression_metrics(y_true, y_pred):
    t = np.asarray(y_true, dtype=float)
    p = np.asarray(y_pred, dtype=float)
    sst = np.sum((t - t.mean()) ** 2)
    sse = np.sum((t - p) ** 2)
    r2 = (1.0 if sse == 0 else 0.0) if sst == 0 else 1 - sse / sst
    return {"mae": float(np.mean(np.abs(t - p))), "rmse": float(np.mean((t - p) ** 2)), "r2": float(r2)}
