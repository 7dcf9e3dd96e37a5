# Sorts with np.lexsort (score descending), cumulates TP in a pandas Series, and keeps the last
# row of each tie group with Series.duplicated(keep="last") before summing (R_k - R_k-1) P_k.
def average_precision(y_true, scores):
    y = np.asarray(y_true).astype(int)
    s = np.asarray(scores, dtype=float)
    n_pos = y.sum()
    if n_pos == 0:
        return 0.0
    order = np.lexsort((y, -s))
    sorted_scores = pd.Series(s[order])
    tp = np.cumsum(y[order])
    keep = ~sorted_scores.duplicated(keep="last").to_numpy()
    precision = tp[keep] / (np.flatnonzero(keep) + 1)
    recall = tp[keep] / n_pos
    return float(np.sum(np.diff(np.r_[0.0, recall]) * precision))
