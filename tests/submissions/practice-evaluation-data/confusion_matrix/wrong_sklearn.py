# scikit-learn's own confusion_matrix: right numbers, but the question asks for NumPy.
# loses: test_confusion_matrix
# says: calls sklearn
def confusion_matrix(y_true, y_pred, labels=None):
    from sklearn import metrics

    return metrics.confusion_matrix(y_true, y_pred, labels=labels)
