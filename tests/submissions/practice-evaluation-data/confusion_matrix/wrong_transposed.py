# Rows are the predicted labels and columns the true ones: the transpose.
# loses: test_confusion_matrix, test_confusion_matrix_labels
# says: rows are the true labels and columns the predicted ones
def confusion_matrix(y_true, y_pred, labels=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    labels = np.union1d(y_true, y_pred) if labels is None else np.asarray(labels)
    true_hot = (y_true[:, None] == labels).astype(int)
    pred_hot = (y_pred[:, None] == labels).astype(int)
    return pred_hot.T @ true_hot
