# labels=None takes the labels of y_true only: a label that is only ever predicted gets no row or
# column, and its samples are dropped.
# loses: test_confusion_matrix
# says: the sorted union of the labels of y_true AND y_pred
def confusion_matrix(y_true, y_pred, labels=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    labels = np.unique(y_true) if labels is None else np.asarray(labels)
    true_hot = (y_true[:, None] == labels).astype(int)
    pred_hot = (y_pred[:, None] == labels).astype(int)
    return true_hot.T @ pred_hot
