# Right values, but a Python loop over the distinct scores, each one scanning all the rows:
# O(n * candidates).
# loses: test_choose_threshold_vectorised
# says: Python loop
def choose_threshold(y_true, scores, min_precision):
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    best_tp, best = -1, float("inf")
    for threshold in np.unique(s)[::-1]:
        predicted = s >= threshold
        tp = int(np.sum(predicted & y))
        if tp / predicted.sum() >= min_precision and tp > best_tp:
            best_tp, best = tp, float(threshold)
    return best
