# Returns a tuple (mae, rmse, r2) instead of the dict the task asks for.
# loses: test_regression_metrics, test_regression_metrics_edge_cases
# says: expected a dict
def regression_metrics(y_true, y_pred):
    t = np.asarray(y_true, dtype=float)
    p = np.asarray(y_pred, dtype=float)
    sst = np.sum((t - t.mean()) ** 2)
    sse = np.sum((t - p) ** 2)
    r2 = (1.0 if sse == 0 else 0.0) if sst == 0 else 1 - sse / sst
    return float(np.mean(np.abs(t - p))), float(np.sqrt(np.mean((t - p) ** 2))), float(r2)
