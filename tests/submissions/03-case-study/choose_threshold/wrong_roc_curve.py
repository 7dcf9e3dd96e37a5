# scikit-learn's roc_curve with its default drop_intermediate=True, precision rebuilt from
# tpr and fpr (fpr taken as 0 when there are no negatives): roc_curve drops collinear points,
# and with them thresholds the rule may need. For example y_true=[1, 1, 0, 1, 0],
# scores=[3, 2, 2, 1, 1], min_precision=0.65: the rule gives 2 (precision 2/3), this gives 3.
from sklearn.metrics import roc_curve


def choose_threshold(y_true, scores, min_precision):
    y = np.asarray(y_true) == 1
    fpr, tpr, thresholds = roc_curve(y, np.asarray(scores, dtype=float))
    fpr, tpr, thresholds = np.nan_to_num(fpr[1:]), tpr[1:], thresholds[1:]
    tp, fp = tpr * y.sum(), fpr * (~y).sum()
    ok = tp / (tp + fp) >= min_precision
    if not ok.any():
        return float("inf")
    return float(thresholds[ok & (tpr == tpr[ok].max())].max())
