# A Python loop over the positive samples, one np.searchsorted into the sorted negatives each:
# right values, and each step is O(log n), but it is a Python loop over samples, which the task
# rules out. With 10 % positives it repeats n / 10 times.
# loses: test_roc_auc_vectorised
def roc_auc(y_true, scores):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    negatives = np.sort(s[y == 0])
    positives = s[y == 1]
    if negatives.size == 0 or positives.size == 0:
        raise ValueError("one class only")
    wins = 0.0
    for p in positives:
        wins += (np.searchsorted(negatives, p, "left") + np.searchsorted(negatives, p, "right")) / 2
    return float(wins / (positives.size * negatives.size))
