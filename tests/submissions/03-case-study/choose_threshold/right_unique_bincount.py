# np.unique with return_inverse groups the tied scores; bincount counts rows and positives per
# distinct score; cumulative sums from the highest score down give predicted positives and tp.
def choose_threshold(y_true, scores, min_precision):
    positive = (np.asarray(y_true) == 1).astype(float)
    values, inverse = np.unique(np.asarray(scores, dtype=float), return_inverse=True)
    rows = np.bincount(inverse.ravel(), minlength=values.size)
    positives = np.bincount(inverse.ravel(), weights=positive, minlength=values.size)
    predicted = np.cumsum(rows[::-1])[::-1]          # rows with score >= values[i]
    tp = np.cumsum(positives[::-1])[::-1]
    ok = tp / predicted >= min_precision
    if not ok.any():
        return np.inf
    best = tp[ok].max()
    return float(values[ok & (tp == best)][-1])      # values ascend: the last is the highest
