# SciPy's Mann-Whitney U statistic of the positives against the negatives, divided by the
# number of pairs: U counts the pairs a positive wins, ties one half.
def roc_auc(y_true, scores):
    from scipy.stats import mannwhitneyu
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    pos, neg = s[y == 1], s[y == 0]
    if pos.size == 0 or neg.size == 0:
        raise ValueError("need both classes")
    u = mannwhitneyu(pos, neg, alternative="two-sided", method="asymptotic").statistic
    return float(u / (pos.size * neg.size))
