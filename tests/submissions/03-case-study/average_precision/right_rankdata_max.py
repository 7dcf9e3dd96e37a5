# SciPy's rankdata with method="max" on the negated scores: the rank of each sample is how many
# samples score at least as high (its tie group included); ranked among the positives only it is
# how many positives do. AP is the mean of their ratio over the positives.
def average_precision(y_true, scores):
    from scipy.stats import rankdata
    y = np.asarray(y_true) == 1
    s = -np.asarray(scores, dtype=float)
    if not y.any():
        return 0.0
    return float(np.mean(rankdata(s[y], method="max") / rankdata(s, method="max")[y]))
