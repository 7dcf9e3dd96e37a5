# Normalises each column (term) instead of each row (document): axis=0.
# loses: test_tfidf, test_tfidf_edge_cases, test_tfidf_input
# says: not each column
def tfidf(counts):
    counts = np.asarray(counts)
    n = counts.shape[0]
    df = np.count_nonzero(counts, axis=0)
    weighted = counts * (np.log((1 + n) / (1 + df)) + 1)
    norms = np.linalg.norm(weighted, axis=0, keepdims=True)
    return np.divide(weighted, norms, out=np.zeros_like(weighted), where=norms > 0)
