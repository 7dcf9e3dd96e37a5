# The ROC curve by a Python loop over the distinct scores as thresholds, each an O(n) pass,
# then the trapezoidal area: right values, O(n^2).
# loses: test_roc_auc_vectorised
# says: Python loop
# says: over the samples or thresholds
def roc_auc(y_true, scores):
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    n_pos, n_neg = y.sum(), (~y).sum()
    if n_pos == 0 or n_neg == 0:
        raise ValueError("one class only")
    tpr, fpr = [0.0], [0.0]
    for threshold in np.unique(s)[::-1]:
        flagged = s >= threshold
        tpr.append((flagged & y).sum() / n_pos)
        fpr.append((flagged & ~y).sum() / n_neg)
    return float(np.trapezoid(tpr, fpr))
