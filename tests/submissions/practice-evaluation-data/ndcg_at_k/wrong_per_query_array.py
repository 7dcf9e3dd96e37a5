# Returns the per-query NDCG values instead of their mean.
# loses: test_ndcg_at_k, test_ndcg_at_k_input
# says: the mean over queries, one float
def ndcg_at_k(relevance, scores, k=None):
    rel = np.asarray(relevance, dtype=float)
    s = np.asarray(scores, dtype=float)
    n = rel.shape[1]
    cut = n if k is None else min(k, n)
    disc = np.where(np.arange(n) < cut, 1 / np.log2(np.arange(2, n + 2)), 0.0)
    cum = np.concatenate([[0.0], np.cumsum(disc)])
    higher = (s[:, None, :] > s[:, :, None]).sum(axis=2)
    equal = (s[:, None, :] == s[:, :, None]).sum(axis=2)
    dcg = (rel * (cum[higher + equal] - cum[higher]) / equal).sum(axis=1)
    idcg = np.sort(rel, axis=1)[:, ::-1] @ disc
    return np.where(idcg > 0, dcg / np.where(idcg > 0, idcg, 1), 0.0)
