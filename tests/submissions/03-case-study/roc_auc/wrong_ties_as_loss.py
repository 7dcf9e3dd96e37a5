# Counts only negatives strictly below each positive (searchsorted side="left"): a tied pair
# counts 0 instead of one half.
# loses: test_roc_auc_ties
# says: the tied pair counted as a loss
def roc_auc(y_true, scores):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    negatives = np.sort(s[y == 0])
    positives = s[y == 1]
    if negatives.size == 0 or positives.size == 0:
        raise ValueError("one class only")
    wins = np.searchsorted(negatives, positives, side="left").sum()
    return float(wins / (positives.size * negatives.size))
