# Compares the inputs with 1 without np.asarray: on Python lists `y_true == 1` is one False, so
# TP is 0 and every ratio 0 for list inputs (arrays and Series work).
# loses: test_precision_recall_f1
# says: list inputs
def precision_recall_f1(y_true, y_pred):
    actual = y_true == 1
    predicted = y_pred == 1
    tp = np.sum(actual & predicted)
    n_predicted, n_actual = np.sum(predicted), np.sum(actual)
    precision = tp / n_predicted if n_predicted else 0.0
    recall = tp / n_actual if n_actual else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return float(precision), float(recall), float(f1)
