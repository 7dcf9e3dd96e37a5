# Treats every row as a candidate (cumulative sums down the sorted rows) without grouping tied
# scores: a tie is split, so a prefix of a tie can "qualify" although the threshold (the whole
# tie) does not. For example y_true=[1, 0, 0], scores=[0.5, 0.5, 0.1], min_precision=0.6: no
# threshold qualifies (inf), but the first row alone has precision 1, so this returns 0.5.
# loses: test_choose_threshold
def choose_threshold(y_true, scores, min_precision):
    positive = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    order = np.argsort(-s, kind="stable")
    thresholds = s[order]
    tp = np.cumsum(positive[order])
    predicted = np.arange(1, s.size + 1)
    ok = tp / predicted >= min_precision
    if not ok.any():
        return float("inf")
    return float(thresholds[ok & (tp == tp[ok].max())].max())
