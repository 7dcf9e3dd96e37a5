# Sorts the caller's labels array in place to search it: the caller's labels change, and the
# rows follow the sorted order instead of the order given.
# loses: test_confusion_matrix_labels, test_confusion_matrix_input
# says: modified its input `labels` in place
def confusion_matrix(y_true, y_pred, labels=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    labels = np.union1d(y_true, y_pred) if labels is None else np.asarray(labels)
    labels.sort()
    true_hot = (y_true[:, None] == labels).astype(int)
    pred_hot = (y_pred[:, None] == labels).astype(int)
    return true_hot.T @ pred_hot
