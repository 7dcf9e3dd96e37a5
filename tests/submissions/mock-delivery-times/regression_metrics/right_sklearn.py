# scikit-learn's own metrics (allowed: the task asks for its values), converted to floats.
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score


def regression_metrics(y_true, y_pred):
    t, p = np.asarray(y_true), np.asarray(y_pred)
    return {
        "mae": float(mean_absolute_error(t, p)),
        "rmse": float(np.sqrt(mean_squared_error(t, p))),
        "r2": float(r2_score(t, p)),
    }
