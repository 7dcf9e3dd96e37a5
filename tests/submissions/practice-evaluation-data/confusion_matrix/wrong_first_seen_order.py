# labels=None lists the labels in the order they first appear (a dict), not sorted.
# loses: test_confusion_matrix
# says: the SORTED union of the labels, not the order in which they first appear
def confusion_matrix(y_true, y_pred, labels=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if labels is None:
        labels = list(dict.fromkeys(np.concatenate([y_true, y_pred]).tolist()))
    labels = np.asarray(labels)
    true_hot = (y_true[:, None] == labels).astype(int)
    pred_hot = (y_pred[:, None] == labels).astype(int)
    return true_hot.T @ pred_hot
