# Works in place on np.asarray(counts, dtype=float): for a float input that is counts itself,
# so the caller's matrix is overwritten with the result.
# loses: test_tfidf_input
# says: modified its input `counts`
def tfidf(counts):
    X = np.asarray(counts, dtype=float)
    n = X.shape[0]
    df = np.count_nonzero(X, axis=0)
    X *= np.log((1 + n) / (1 + df)) + 1
    norms = np.linalg.norm(X, axis=1, keepdims=True)
    np.divide(X, norms, out=X, where=norms > 0)
    return X
