# Hides the loop over candidates in np.vectorize: it still calls Python once per distinct score.
# loses: test_choose_threshold_vectorised
# says: Python loop
def choose_threshold(y_true, scores, min_precision):
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    candidates = np.unique(s)
    tp = np.vectorize(lambda c: np.sum((s >= c) & y))(candidates)
    predicted = np.vectorize(lambda c: np.sum(s >= c))(candidates)
    ok = tp / predicted >= min_precision
    if not ok.any():
        return float("inf")
    return float(candidates[ok & (tp == tp[ok].max())].max())
