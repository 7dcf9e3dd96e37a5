# AP as the mean, over the positives, of the precision at each positive's own score: with tied
# scores that is the precision of its tie group, since sum_k (R_k - R_k-1) P_k gives each
# positive weight 1 / n_pos. np.searchsorted on the sorted scores counts the samples, and on the
# sorted positive scores the positives, scoring at least each positive's score.
def average_precision(y_true, scores):
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    if not y.any():
        return 0.0
    all_sorted = np.sort(s)
    pos_sorted = np.sort(s[y])
    at_least = s.size - np.searchsorted(all_sorted, s[y], side="left")
    pos_at_least = pos_sorted.size - np.searchsorted(pos_sorted, s[y], side="left")
    return float(np.mean(pos_at_least / at_least))
