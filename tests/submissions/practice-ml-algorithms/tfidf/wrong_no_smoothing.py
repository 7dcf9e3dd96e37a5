# The unsmoothed idf ln(n_docs / df) + 1 (scikit-learn's smooth_idf=False).
# loses: test_tfidf, test_tfidf_edge_cases, test_tfidf_input
# says: unsmoothed idf
def tfidf(counts):
    counts = np.asarray(counts)
    n = counts.shape[0]
    df = np.count_nonzero(counts, axis=0)
    with np.errstate(divide="ignore"):
        idf = np.log(n / df) + 1
    weighted = counts * idf
    norms = np.linalg.norm(weighted, axis=1, keepdims=True)
    return np.divide(weighted, norms, out=np.zeros_like(weighted), where=norms > 0)
