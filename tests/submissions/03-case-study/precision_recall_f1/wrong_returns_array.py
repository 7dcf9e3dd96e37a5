# Right values, returned as one NumPy array of three instead of the tuple the task asks for.
# loses: test_precision_recall_f1, test_precision_recall_f1_undefined
# says: expected a tuple of 3
def precision_recall_f1(y_true, y_pred):
    t = np.asarray(y_true) == 1
    p = np.asarray(y_pred) == 1
    tp = np.count_nonzero(t & p)
    precision = tp / max(np.count_nonzero(p), 1)
    recall = tp / max(np.count_nonzero(t), 1)
    f1 = 2 * tp / max(np.count_nonzero(t) + np.count_nonzero(p), 1)
    return np.array([precision, recall, f1])
