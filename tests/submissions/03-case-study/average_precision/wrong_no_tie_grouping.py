# Sorts and cumulates, but every sample is its own threshold: tied samples enter one at a time,
# in whatever order the sort left them.
# loses: test_average_precision_ties
# says: tied samples were taken one at a time
def average_precision(y_true, scores):
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    n_pos = y.sum()
    if n_pos == 0:
        return 0.0
    order = np.argsort(-s, kind="stable")
    tp = np.cumsum(y[order])
    precision = tp / np.arange(1, s.size + 1)
    recall = tp / n_pos
    return float(np.sum(np.diff(recall, prepend=0.0) * precision))
