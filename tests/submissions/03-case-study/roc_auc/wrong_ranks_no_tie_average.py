# Ranks from argsort of argsort (1..n): tied scores get different ranks in index order instead
# of their average, so a tied pair counts 0 or 1.
# loses: test_roc_auc_ties
# says: the tied pair counted as a win
def roc_auc(y_true, scores):
    positive = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    n_pos = positive.sum()
    n_neg = positive.size - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("one class only")
    ranks = np.argsort(np.argsort(s, kind="stable"), kind="stable") + 1
    return float((ranks[positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
