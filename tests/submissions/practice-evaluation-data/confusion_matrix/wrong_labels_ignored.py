# Accepts labels but always uses the sorted union of the data.
# loses: test_confusion_matrix_labels
# says: in the order given
def confusion_matrix(y_true, y_pred, labels=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    labels = np.union1d(y_true, y_pred)
    true_hot = (y_true[:, None] == labels).astype(int)
    pred_hot = (y_pred[:, None] == labels).astype(int)
    return true_hot.T @ pred_hot
