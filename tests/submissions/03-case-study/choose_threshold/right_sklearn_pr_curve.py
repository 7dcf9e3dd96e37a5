# scikit-learn's precision_recall_curve (allowed here): its thresholds are the distinct
# scores in increasing order, and precision[i], recall[i] are those of "score >= thresholds[i]"
# (the last entry, precision 1 / recall 0, has no threshold and is dropped).
from sklearn.metrics import precision_recall_curve


def choose_threshold(y_true, scores, min_precision):
    precision, recall, thresholds = precision_recall_curve(np.asarray(y_true), np.asarray(scores, dtype=float))
    precision, recall = precision[:-1], recall[:-1]
    ok = precision >= min_precision
    if not ok.any():
        return float("inf")
    best_recall = recall[ok].max()
    return float(thresholds[ok & (recall == best_recall)].max())
