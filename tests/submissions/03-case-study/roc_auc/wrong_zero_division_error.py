# No check for one class: Python's int division by n_pos * n_neg = 0 raises ZeroDivisionError,
# not the ValueError the task asks for.
# loses: test_roc_auc_one_class
# says: raised ZeroDivisionError
def roc_auc(y_true, scores):
    from scipy.stats import rankdata
    positive = np.asarray(y_true) == 1
    n_pos = int(positive.sum())
    n_neg = positive.size - n_pos
    ranks = rankdata(np.asarray(scores, dtype=float))
    return float(ranks[positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)
