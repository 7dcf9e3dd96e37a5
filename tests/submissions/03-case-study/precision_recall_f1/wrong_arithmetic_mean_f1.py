# F1 as the arithmetic mean (P + R) / 2 instead of the harmonic mean.
# loses: test_precision_recall_f1, test_precision_recall_f1_undefined
# says: that F1 is the arithmetic mean
def precision_recall_f1(y_true, y_pred):
    actual = np.asarray(y_true) == 1
    predicted = np.asarray(y_pred) == 1
    tp = np.count_nonzero(actual & predicted)
    precision = tp / np.count_nonzero(predicted) if predicted.any() else 0.0
    recall = tp / np.count_nonzero(actual) if actual.any() else 0.0
    f1 = (precision + recall) / 2
    return float(precision), float(recall), float(f1)
