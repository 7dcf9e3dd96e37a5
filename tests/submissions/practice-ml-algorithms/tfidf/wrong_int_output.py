# Fills np.zeros_like(counts): for integer counts that array is integer, so every weight is
# truncated to 0 (or 1).
# loses: test_tfidf, test_tfidf_input
# says: expected floats
def tfidf(counts):
    counts = np.asarray(counts)
    n = counts.shape[0]
    df = np.count_nonzero(counts, axis=0)
    weighted = counts * (np.log((1 + n) / (1 + df)) + 1)
    norms = np.linalg.norm(weighted, axis=1, keepdims=True)
    out = np.zeros_like(counts)
    nonzero = norms[:, 0] > 0
    out[nonzero] = weighted[nonzero] / norms[nonzero]
    return out
