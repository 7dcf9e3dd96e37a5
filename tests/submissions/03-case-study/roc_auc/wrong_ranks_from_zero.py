# Ranks 0..n-1 (argsort of argsort, no + 1) with the 1-based formula: the AUC is 1 / n_neg too
# low (and ties are not averaged either).
# loses: test_roc_auc, test_roc_auc_ties, test_roc_auc_one_class
def roc_auc(y_true, scores):
    positive = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    n_pos = positive.sum()
    n_neg = positive.size - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("one class only")
    ranks = np.argsort(np.argsort(s, kind="stable"), kind="stable")
    return float((ranks[positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
