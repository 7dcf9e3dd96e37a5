# Stops at counts * idf: the rows are never normalised.
# loses: test_tfidf, test_tfidf_edge_cases, test_tfidf_input
# says: each row divided by its L2 norm
def tfidf(counts):
    counts = np.asarray(counts)
    n = counts.shape[0]
    df = np.count_nonzero(counts, axis=0)
    return counts * (np.log((1 + n) / (1 + df)) + 1)
