# Assumes NumPy arrays: uses -scores and fancy indexing on the arguments as given, so a list
# (or anything without array arithmetic) breaks it.
# loses: test_choose_threshold
def choose_threshold(y_true, scores, min_precision):
    order = np.argsort(-scores, kind="stable")
    sorted_scores = scores[order]
    last = np.r_[sorted_scores[1:] != sorted_scores[:-1], True]
    thresholds = sorted_scores[last]
    tp = np.cumsum(y_true[order] == 1)[last]
    predicted = np.arange(1, len(scores) + 1)[last]
    ok = tp / predicted >= min_precision
    if not ok.any():
        return float("inf")
    return float(np.max(thresholds[ok & (tp == tp[ok].max())]))
