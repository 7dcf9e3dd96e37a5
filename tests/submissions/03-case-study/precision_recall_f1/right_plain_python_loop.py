# Plain Python: counts TP, FP and FN in one loop over zip(y_true, y_pred) (no vectorisation is
# asked for here), and divides by max(denominator, 1): where the denominator is 0, so is TP.
def precision_recall_f1(y_true, y_pred):
    tp = fp = fn = 0
    for actual, predicted in zip(list(y_true), list(y_pred)):
        actual, predicted = int(actual) == 1, int(predicted) == 1
        tp += actual and predicted
        fp += predicted and not actual
        fn += actual and not predicted
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    f1 = 2 * tp / max(2 * tp + fp + fn, 1)
    return precision, recall, f1
