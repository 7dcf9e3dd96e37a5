# A pandas gotcha: `series[positions]` selects by index label, not by position. It goes unseen
# while every Series has the index 0..n-1, and breaks on the notebook's own y (index = row numbers).
# loses: test_roc_auc
def roc_auc(y_true, scores):
    if not isinstance(y_true, pd.Series):
        y_true = pd.Series(np.asarray(y_true))
    scores = pd.Series(np.asarray(scores, dtype=float))
    n_pos = int((y_true == 1).sum())
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("one class")
    order = np.argsort(scores.to_numpy(), kind="stable")
    ranks = scores.rank().to_numpy()[order]
    y_sorted = y_true[order].to_numpy()  # label-based!
    return float((ranks[y_sorted == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
