# Subtracts pandas Series directly: two Series with different indexes are aligned by label, not
# paired by position, so the errors are of the wrong pairs (or NaN).
# loses: test_regression_metrics
import pandas as pd


def regression_metrics(y_true, y_pred):
    t = pd.Series(y_true, dtype=float)
    p = pd.Series(y_pred, dtype=float)
    error = t - p
    sst = float(((t - t.mean()) ** 2).sum())
    sse = float((error**2).sum())
    r2 = (1.0 if sse == 0 else 0.0) if sst == 0 else 1 - sse / sst
    return {"mae": float(error.abs().mean()), "rmse": float(np.sqrt((error**2).mean())), "r2": r2}
