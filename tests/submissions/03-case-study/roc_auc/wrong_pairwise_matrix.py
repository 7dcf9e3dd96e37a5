# Every positive-negative pair in one broadcast matrix: right values, ties one half, no Python
# loop, but n_pos x n_neg memory and time.
# loses: test_roc_auc_vectorised
# says: times as long as a vectorised reference
def roc_auc(y_true, scores):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    pos, neg = s[y == 1], s[y == 0]
    if pos.size == 0 or neg.size == 0:
        raise ValueError("one class only")
    diff = pos[:, None] - neg[None, :]
    return float(((diff > 0) + 0.5 * (diff == 0)).mean())
