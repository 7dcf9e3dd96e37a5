# Plain division by the row norms: an all-zero document becomes 0 / 0 = NaN.
# loses: test_tfidf, test_tfidf_edge_cases
# says: NaN
def tfidf(counts):
    counts = np.asarray(counts)
    n = counts.shape[0]
    df = np.count_nonzero(counts, axis=0)
    weighted = counts * (np.log((1 + n) / (1 + df)) + 1)
    return weighted / np.linalg.norm(weighted, axis=1, keepdims=True)
