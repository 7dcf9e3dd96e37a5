# A Python loop over the positive samples: for each one, the precision at its score from two
# np.searchsorted calls, averaged. Right values, but a Python loop over samples, which the task
# rules out. With 10 % positives it repeats n / 10 times.
# loses: test_average_precision_vectorised
def average_precision(y_true, scores):
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    if not y.any():
        return 0.0
    all_sorted = np.sort(s)
    pos_sorted = np.sort(s[y])
    total = 0.0
    for score in s[y]:
        at_least = s.size - np.searchsorted(all_sorted, score, "left")
        pos_at_least = pos_sorted.size - np.searchsorted(pos_sorted, score, "left")
        total += pos_at_least / at_least
    return float(total / pos_sorted.size)
