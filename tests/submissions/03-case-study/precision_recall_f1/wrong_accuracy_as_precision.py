# "Precision" computed as accuracy, (TP + TN) / n: the share of right predictions.
# loses: test_precision_recall_f1, test_precision_recall_f1_undefined
# says: `precision_recall_f1 (precision, recall, f1)` differs on TP = 2, FP = 1, FN = 2
def precision_recall_f1(y_true, y_pred):
    t = np.asarray(y_true) == 1
    p = np.asarray(y_pred) == 1
    tp = np.count_nonzero(t & p)
    precision = float(np.mean(t == p))
    recall = tp / np.count_nonzero(t) if t.any() else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return float(precision), float(recall), float(f1)
