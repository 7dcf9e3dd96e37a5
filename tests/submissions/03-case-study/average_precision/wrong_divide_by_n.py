# Sums the precision at each positive, but divides by the number of samples instead of the
# number of positives.
# loses: test_average_precision, test_average_precision_ties, test_average_precision_no_positive
def average_precision(y_true, scores):
    y = np.asarray(y_true) == 1
    s = -np.asarray(scores, dtype=float)
    if not y.any():
        return 0.0
    from scipy.stats import rankdata
    return float(np.sum(rankdata(s[y], method="max") / rankdata(s, method="max")[y]) / y.size)
