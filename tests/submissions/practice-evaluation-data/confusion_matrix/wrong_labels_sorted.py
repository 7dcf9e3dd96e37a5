# Sorts the labels it is given: the rows and columns no longer follow the caller's order.
# loses: test_confusion_matrix_labels
# says: in the order given (not sorted)
def confusion_matrix(y_true, y_pred, labels=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    labels = np.union1d(y_true, y_pred) if labels is None else np.sort(labels)
    true_hot = (y_true[:, None] == labels).astype(int)
    pred_hot = (y_pred[:, None] == labels).astype(int)
    return true_hot.T @ pred_hot
