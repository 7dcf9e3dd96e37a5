# Another convention for the undefined ratios: precision 1.0 when nothing is predicted
# positive ("no false alarm"), recall 1.0 when there is no positive. The task says 0.0.
# loses: test_precision_recall_f1_undefined
def precision_recall_f1(y_true, y_pred):
    actual = np.asarray(y_true) == 1
    predicted = np.asarray(y_pred) == 1
    tp = np.count_nonzero(actual & predicted)
    precision = tp / np.count_nonzero(predicted) if predicted.any() else 1.0
    recall = tp / np.count_nonzero(actual) if actual.any() else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return float(precision), float(recall), float(f1)
