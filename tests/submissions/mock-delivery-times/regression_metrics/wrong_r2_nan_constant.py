# R² as 1 - SSE / SST with no special case: a constant y_true divides by zero (nan or -inf).
# loses: test_regression_metrics_edge_cases
# says: never nan or -inf
def regression_metrics(y_true, y_pred):
    t = np.asarray(y_true, dtype=float)
    p = np.asarray(y_pred, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        r2 = 1 - np.sum((t - p) ** 2) / np.sum((t - t.mean()) ** 2)
    return {"mae": float(np.mean(np.abs(t - p))), "rmse": float(np.sqrt(np.mean((t - p) ** 2))), "r2": float(r2)}
