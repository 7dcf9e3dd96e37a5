# Ranks the scores from the highest down (as for precision at the top), so it measures how
# often a negative outranks a positive: 1 - AUC.
# loses: test_roc_auc, test_roc_auc_ties, test_roc_auc_one_class
# says: higher scores should mean class 1
def roc_auc(y_true, scores):
    from scipy.stats import rankdata
    positive = np.asarray(y_true) == 1
    n_pos = positive.sum()
    n_neg = positive.size - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("one class only")
    ranks = rankdata(-np.asarray(scores, dtype=float))
    return float((ranks[positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
