# Counts by sums of products of 0/1 floats, ratios by np.divide(..., where=denominator > 0) into
# zeros, and F1 as the harmonic mean of P and R computed the same way.
def precision_recall_f1(y_true, y_pred):
    t = np.asarray(y_true, dtype=float)
    p = np.asarray(y_pred, dtype=float)
    counts = np.array([np.sum(t * p), np.sum(p), np.sum(t)])
    ratios = np.divide(counts[[0, 0]], counts[1:], out=np.zeros(2), where=counts[1:] > 0)
    precision, recall = ratios
    f1 = np.divide(2 * precision * recall, precision + recall, out=np.zeros(()), where=precision + recall > 0)
    return float(precision), float(recall), float(f1)
