# The idf as a diagonal matrix (the sparse formulation scikit-learn uses), the normalisation
# as a second diagonal matrix on the left.
def tfidf(counts):
    C = np.array(counts, dtype=np.float64)  # a copy
    n = C.shape[0]
    df = np.sum(np.sign(C), axis=0)
    idf = np.diag(np.log((n + 1.0) / (df + 1.0)) + 1.0)
    W = C @ idf
    norms = np.sqrt((W ** 2).sum(axis=1))
    inv = np.zeros_like(norms)
    inv[norms > 0] = 1.0 / norms[norms > 0]
    return np.diag(inv) @ W
