# One-hot encode both sides against labels (a sample with a label outside labels gets an all-zero
# row, so it drops out by itself) and count the pairs with one matrix product.
def confusion_matrix(y_true, y_pred, labels=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if labels is None:
        labels = np.unique(np.concatenate([y_true, y_pred]))
    labels = np.asarray(labels)
    true_hot = (y_true[:, None] == labels[None, :]).astype(np.int64)
    pred_hot = (y_pred[:, None] == labels[None, :]).astype(np.int64)
    return true_hot.T @ pred_hot
