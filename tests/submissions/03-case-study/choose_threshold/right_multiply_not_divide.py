def choose_threshold(y_true, scores, min_precision):
    y_true = np.asarray(y_true)
    scores = np.asarray(scores, dtype=float)
    order = np.argsort(scores)[::-1]
    s, y = scores[order], y_true[order]
    last = np.append(s[1:] != s[:-1], True)
    tp = np.cumsum(y == 1)[last]
    n = np.arange(1, len(s) + 1)[last]
    ok = tp >= min_precision * n  # precision >= min_precision, without a division
    if not ok.any():
        return float("inf")
    candidates = s[last][ok & (tp == tp[ok].max())]
    return float(candidates.max())
