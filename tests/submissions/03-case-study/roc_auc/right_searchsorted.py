# Counts pairs directly, without ranks: sorts the negatives once, then for every positive
# np.searchsorted gives the negatives strictly below it (side="left") and those below or tied
# (side="right"); a tie counts one half, so each positive wins (left + right) / 2 pairs.
def roc_auc(y_true, scores):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    negatives = np.sort(s[y == 0])
    positives = s[y == 1]
    if negatives.size == 0 or positives.size == 0:
        raise ValueError("y_true holds one class only: ROC-AUC is undefined")
    below = np.searchsorted(negatives, positives, side="left")
    below_or_tied = np.searchsorted(negatives, positives, side="right")
    return float((below + below_or_tied).sum() / 2 / (positives.size * negatives.size))
