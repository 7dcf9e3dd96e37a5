# Finds each label's row with np.searchsorted but never checks the label is really there: a
# sample whose label is not in labels is counted in a neighbouring row or column.
# loses: test_confusion_matrix_labels
# says: a sample whose true or predicted label is not in labels is left out of the matrix
def confusion_matrix(y_true, y_pred, labels=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    labels = np.union1d(y_true, y_pred) if labels is None else np.asarray(labels)
    k = len(labels)
    order = np.argsort(labels)
    rows = order[np.minimum(np.searchsorted(labels[order], y_true), k - 1)]
    columns = order[np.minimum(np.searchsorted(labels[order], y_pred), k - 1)]
    return np.bincount(rows * k + columns, minlength=k * k).reshape(k, k)
