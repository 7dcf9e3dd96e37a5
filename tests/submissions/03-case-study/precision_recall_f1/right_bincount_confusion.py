# The confusion matrix in one np.bincount of 2 * y_true + y_pred (tn, fp, fn, tp), F1 from the
# counts as 2TP / (2TP + FP + FN), every ratio guarded by its denominator.
def precision_recall_f1(y_true, y_pred):
    t = np.asarray(y_true).astype(int)
    p = np.asarray(y_pred).astype(int)
    tn, fp, fn, tp = np.bincount(2 * t + p, minlength=4)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    return float(precision), float(recall), float(f1)
