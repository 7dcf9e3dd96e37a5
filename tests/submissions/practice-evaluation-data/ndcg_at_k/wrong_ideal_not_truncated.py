# The ideal DCG sums over all items instead of the top k.
# loses: test_ndcg_at_k
# says: truncated at k too
def ndcg_at_k(relevance, scores, k=None):
    rel = np.asarray(relevance, dtype=float)
    s = np.asarray(scores, dtype=float)
    n = rel.shape[1]
    cut = n if k is None else min(k, n)
    disc = 1 / np.log2(np.arange(2, n + 2))
    cum = np.concatenate([[0.0], np.cumsum(np.where(np.arange(n) < cut, disc, 0.0))])
    higher = (s[:, None, :] > s[:, :, None]).sum(axis=2)
    equal = (s[:, None, :] == s[:, :, None]).sum(axis=2)
    dcg = (rel * (cum[higher + equal] - cum[higher]) / equal).sum(axis=1)
    idcg = np.sort(rel, axis=1)[:, ::-1] @ disc
    return float(np.mean(np.where(idcg > 0, dcg / np.where(idcg > 0, idcg, 1), 0.0)))
