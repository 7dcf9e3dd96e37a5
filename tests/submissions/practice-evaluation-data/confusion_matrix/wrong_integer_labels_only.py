# Uses the labels themselves as row and column numbers (np.bincount of y_true * K + y_pred):
# right only for labels 0, 1, ..., K - 1.
# loses: test_confusion_matrix, test_confusion_matrix_labels
def confusion_matrix(y_true, y_pred, labels=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    k = int(max(y_true.max(), y_pred.max())) + 1 if labels is None else len(labels)
    return np.bincount(y_true * k + y_pred, minlength=k * k).reshape(k, k)
