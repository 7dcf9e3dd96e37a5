# A histogram over the distinct scores: np.unique(..., return_inverse=True) groups ties, np.bincount
# counts positives and negatives per score, and a cumulative sum gives the negatives below each
# score; a positive beats those and ties half of the negatives at its own score.
def roc_auc(y_true, scores):
    y = np.asarray(y_true).astype(int)
    _, group = np.unique(np.asarray(scores, dtype=float), return_inverse=True)
    pos = np.bincount(group, weights=y)
    neg = np.bincount(group, weights=1 - y)
    n_pos, n_neg = pos.sum(), neg.sum()
    if n_pos == 0 or n_neg == 0:
        raise ValueError("ROC-AUC is undefined with one class")
    neg_below = np.cumsum(neg) - neg
    return float(np.sum(pos * (neg_below + neg / 2)) / (n_pos * n_neg))
