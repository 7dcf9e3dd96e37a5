# Precision and recall swapped: TP over the actual positives is returned as precision.
# loses: test_precision_recall_f1, test_precision_recall_f1_undefined
# says: precision and recall are swapped
def precision_recall_f1(y_true, y_pred):
    actual = np.asarray(y_true) == 1
    predicted = np.asarray(y_pred) == 1
    tp = np.count_nonzero(actual & predicted)
    recall = tp / np.count_nonzero(predicted) if predicted.any() else 0.0
    precision = tp / np.count_nonzero(actual) if actual.any() else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return float(precision), float(recall), float(f1)
