# Plain Python over the pairs (lists, arrays and Series all iterate by position with list()).
import math


def regression_metrics(y_true, y_pred):
    t = [float(v) for v in list(y_true)]
    p = [float(v) for v in list(y_pred)]
    n = len(t)
    mean_t = sum(t) / n
    abs_sum = sq_sum = spread = 0.0
    for a, b in zip(t, p):
        abs_sum += abs(a - b)
        sq_sum += (a - b) ** 2
        spread += (a - mean_t) ** 2
    if spread == 0:
        r2 = 1.0 if sq_sum == 0 else 0.0
    else:
        r2 = 1 - sq_sum / spread
    return {"mae": abs_sum / n, "rmse": math.sqrt(sq_sum / n), "r2": r2}
