# Divides each row by its sum (L1), not its L2 norm.
# loses: test_tfidf, test_tfidf_edge_cases, test_tfidf_input
# says: not by its sum
def tfidf(counts):
    counts = np.asarray(counts)
    n = counts.shape[0]
    df = np.count_nonzero(counts, axis=0)
    weighted = counts * (np.log((1 + n) / (1 + df)) + 1)
    sums = weighted.sum(axis=1, keepdims=True)
    return np.divide(weighted, sums, out=np.zeros_like(weighted), where=sums > 0)
