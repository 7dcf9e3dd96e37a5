# Right counts, but accumulated in np.zeros's default float64: the counts come back as floats.
# loses: test_confusion_matrix_input
# says: expected integer counts
def confusion_matrix(y_true, y_pred, labels=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    labels = np.union1d(y_true, y_pred) if labels is None else np.asarray(labels)
    cm = np.zeros((len(labels), len(labels)))
    for i, t in enumerate(labels):
        for j, p in enumerate(labels):
            cm[i, j] = np.sum((y_true == t) & (y_pred == p))
    return cm
