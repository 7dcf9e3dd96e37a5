# A constant y_true always gets R² 1.0, also for an imperfect prediction (scikit-learn: 0.0).
# loses: test_regression_metrics_edge_cases
# says: a constant y_true, imperfect predictions
def regression_metrics(y_true, y_pred):
    t = np.asarray(y_true, dtype=float)
    p = np.asarray(y_pred, dtype=float)
    sst = np.sum((t - t.mean()) ** 2)
    r2 = 1.0 if sst == 0 else 1 - np.sum((t - p) ** 2) / sst
    return {"mae": float(np.mean(np.abs(t - p))), "rmse": float(np.sqrt(np.mean((t - p) ** 2))), "r2": float(r2)}
