# NumPy scalars rather than Python floats, an extra "mse" key, and np.var for the spread.
def regression_metrics(y_true, y_pred):
    t = np.array(y_true, dtype=np.float64)
    p = np.array(y_pred, dtype=np.float64)
    mse = np.mean(np.square(t - p))
    variance = np.var(t)
    if variance == 0:
        r2 = np.float64(1.0) if mse == 0 else np.float64(0.0)
    else:
        r2 = 1 - mse / variance
    return {"mse": mse, "mae": np.mean(np.abs(t - p)), "rmse": np.sqrt(mse), "r2": r2}
