# df as the term's total count over the corpus (counts.sum(axis=0)), not the number of
# documents containing it.
# loses: test_tfidf, test_tfidf_input
# says: not the term's total count
def tfidf(counts):
    counts = np.asarray(counts)
    n = counts.shape[0]
    df = counts.sum(axis=0)
    weighted = counts * (np.log((1 + n) / (1 + df)) + 1)
    norms = np.linalg.norm(weighted, axis=1, keepdims=True)
    return np.divide(weighted, norms, out=np.zeros_like(weighted), where=norms > 0)
