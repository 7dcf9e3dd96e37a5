# Uses the inputs as given: on Python lists `y_true == 1` is one False, so it finds no positive
# and raises ValueError for every list input (arrays and Series work).
# loses: test_roc_auc
# says: raised ValueError
def roc_auc(y_true, scores):
    from scipy.stats import rankdata
    positive = y_true == 1
    n_pos = int(np.sum(positive))
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("one class only")
    ranks = rankdata(scores)
    return float((ranks[np.asarray(positive)].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
