# scikit-learn's precision_score, recall_score and f1_score with zero_division=0: right values,
# not from scratch.
# loses: test_precision_recall_f1
# says: write it from scratch
def precision_recall_f1(y_true, y_pred):
    from sklearn.metrics import f1_score, precision_score, recall_score
    return (float(precision_score(y_true, y_pred, zero_division=0)),
            float(recall_score(y_true, y_pred, zero_division=0)),
            float(f1_score(y_true, y_pred, zero_division=0)))
