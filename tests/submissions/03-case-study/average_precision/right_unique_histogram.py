# A histogram over the distinct scores: np.unique(..., return_inverse, return_counts), np.bincount
# of the positives per score, then cumulative sums from the highest score down.
def average_precision(y_true, scores):
    y = np.asarray(y_true).astype(float)
    if y.sum() == 0:
        return 0.0
    _, group, counts = np.unique(np.asarray(scores, dtype=float), return_inverse=True, return_counts=True)
    pos = np.bincount(group, weights=y)[::-1]  # highest score first
    tp = np.cumsum(pos)
    predicted = np.cumsum(counts[::-1])
    return float(np.sum(pos / y.sum() * tp / predicted))
