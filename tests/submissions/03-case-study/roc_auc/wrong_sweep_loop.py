# One sort, then a single Python pass over the sorted samples keeping running counts (O(n log n)
# in theory, but a Python loop over the samples).
# loses: test_roc_auc_vectorised
# says: Python loop
def roc_auc(y_true, scores):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    n_pos = int((y == 1).sum())
    n_neg = y.size - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("one class only")
    order = np.argsort(s, kind="stable")
    s, y = s[order].tolist(), y[order].tolist()
    wins, neg_below, i = 0.0, 0, 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        pos_here = sum(1 for k in range(i, j) if y[k] == 1)
        neg_here = (j - i) - pos_here
        wins += pos_here * (neg_below + neg_here / 2)
        neg_below += neg_here
        i = j
    return wins / (n_pos * n_neg)
