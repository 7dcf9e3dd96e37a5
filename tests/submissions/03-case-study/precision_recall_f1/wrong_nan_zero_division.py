# No guard at all: NumPy's 0 / 0 gives NaN (with a warning) when nothing is predicted positive
# or there is no positive, instead of 0.0.
# loses: test_precision_recall_f1_undefined
# says: NaN or infinite
# says: nothing is predicted positive
def precision_recall_f1(y_true, y_pred):
    actual = np.asarray(y_true) == 1
    predicted = np.asarray(y_pred) == 1
    tp = np.sum(actual & predicted)
    precision = tp / np.sum(predicted)
    recall = tp / np.sum(actual)
    f1 = 2 * precision * recall / (precision + recall)
    return float(precision), float(recall), float(f1)
