# Counts negatives below or tied with each positive (searchsorted side="right"): a tied pair
# counts 1 instead of one half.
# loses: test_roc_auc_ties
# says: the tied pair counted as a win
def roc_auc(y_true, scores):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    negatives = np.sort(s[y == 0])
    positives = s[y == 1]
    if negatives.size == 0 or positives.size == 0:
        raise ValueError("one class only")
    wins = np.searchsorted(negatives, positives, side="right").sum()
    return float(wins / (positives.size * negatives.size))
