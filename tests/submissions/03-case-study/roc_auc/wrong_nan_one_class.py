# Follows scikit-learn 1.9 instead of the task: returns nan when y_true has one class.
# loses: test_roc_auc_one_class
# says: expected ValueError
def roc_auc(y_true, scores):
    from scipy.stats import rankdata
    positive = np.asarray(y_true) == 1
    n_pos = positive.sum()
    n_neg = positive.size - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    ranks = rankdata(np.asarray(scores, dtype=float))
    return float((ranks[positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
