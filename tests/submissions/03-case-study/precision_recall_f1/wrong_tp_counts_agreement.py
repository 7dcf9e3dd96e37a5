# TP counted as every sample where prediction and truth agree, true negatives included.
# loses: test_precision_recall_f1, test_precision_recall_f1_undefined
def precision_recall_f1(y_true, y_pred):
    t = np.asarray(y_true)
    p = np.asarray(y_pred)
    tp = np.count_nonzero(t == p)
    precision = tp / np.count_nonzero(p == 1) if (p == 1).any() else 0.0
    recall = tp / np.count_nonzero(t == 1) if (t == 1).any() else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return float(precision), float(recall), float(f1)
