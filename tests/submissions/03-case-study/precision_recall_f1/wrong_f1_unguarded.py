# Guards precision and recall but not F1: 2PR / (P + R) is 0 / 0 = NaN when both are 0.
# loses: test_precision_recall_f1_undefined
# says: NaN or infinite
def precision_recall_f1(y_true, y_pred):
    actual = np.asarray(y_true) == 1
    predicted = np.asarray(y_pred) == 1
    tp = np.count_nonzero(actual & predicted)
    precision = np.float64(tp / np.count_nonzero(predicted) if predicted.any() else 0.0)
    recall = np.float64(tp / np.count_nonzero(actual) if actual.any() else 0.0)
    f1 = 2 * precision * recall / (precision + recall)
    return float(precision), float(recall), float(f1)
