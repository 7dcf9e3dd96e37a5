# log1p for the idf, einsum for the squared norms, and a norm of 1 substituted for empty rows
# (their weighted counts are all 0, so they stay 0).
def tfidf(counts):
    counts = np.asarray(counts, dtype=float)  # a float input is not copied here, but never written
    n_docs = counts.shape[0]
    df = (counts > 0).sum(axis=0)
    idf = np.log1p(n_docs) - np.log1p(df) + 1.0
    weighted = counts * idf[None, :]
    norms = np.sqrt(np.einsum("ij,ij->i", weighted, weighted))
    safe = np.where(norms == 0, 1.0, norms)
    return weighted / safe[:, None]
