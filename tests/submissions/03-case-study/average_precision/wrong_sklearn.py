# scikit-learn's average_precision_score, with the 0.0 for no positive: right values, not from
# scratch.
# loses: test_average_precision
# says: write it from scratch
def average_precision(y_true, scores):
    from sklearn.metrics import average_precision_score
    if not np.any(np.asarray(y_true) == 1):
        return 0.0
    return float(average_precision_score(y_true, scores))
