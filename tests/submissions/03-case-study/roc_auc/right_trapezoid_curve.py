# The ROC curve itself, as scikit-learn builds it: sort by score descending (lexsort), keep the
# last sample of each tie group as one threshold, cumulative TP and FP there, then the
# trapezoidal area from (0, 0). A tie group is one diagonal step, which is the one half.
def roc_auc(y_true, scores):
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    order = np.lexsort((np.arange(s.size), -s))
    s, y = s[order], y[order]
    ends = np.r_[np.flatnonzero(np.diff(s)), s.size - 1]
    tp = np.cumsum(y)[ends]
    fp = (ends + 1) - tp
    if tp[-1] == 0 or fp[-1] == 0:
        raise ValueError("only one class in y_true")
    tpr = np.r_[0.0, tp / tp[-1]]
    fpr = np.r_[0.0, fp / fp[-1]]
    return float(np.trapezoid(tpr, fpr))
