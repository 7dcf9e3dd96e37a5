# Forgets the + 1 after the log: a term in every document gets idf 0 and vanishes.
# loses: test_tfidf, test_tfidf_edge_cases, test_tfidf_input
# says: the + 1 outside the log is missing
def tfidf(counts):
    counts = np.asarray(counts)
    n = counts.shape[0]
    df = np.count_nonzero(counts, axis=0)
    weighted = counts * np.log((1 + n) / (1 + df))
    norms = np.linalg.norm(weighted, axis=1, keepdims=True)
    return np.divide(weighted, norms, out=np.zeros_like(weighted), where=norms > 0)
