# Uses the exponential gain 2**rel - 1 instead of the relevance.
# loses: test_ndcg_at_k, test_ndcg_at_k_ties
# says: not 2**relevance - 1
def ndcg_at_k(relevance, scores, k=None):
    rel = 2.0 ** np.asarray(relevance, dtype=float) - 1
    s = np.asarray(scores, dtype=float)
    n = rel.shape[1]
    cut = n if k is None else min(k, n)
    disc = np.where(np.arange(1, n + 1) <= cut, 1 / np.log2(np.arange(2, n + 2)), 0.0)
    cum = np.concatenate([[0.0], np.cumsum(disc)])
    higher = (s[:, None, :] > s[:, :, None]).sum(axis=2)
    equal = (s[:, None, :] == s[:, :, None]).sum(axis=2)
    dcg = (rel * (cum[higher + equal] - cum[higher]) / equal).sum(axis=1)
    idcg = np.sort(rel, axis=1)[:, ::-1] @ disc
    return float(np.mean(np.where(idcg > 0, dcg / np.where(idcg > 0, idcg, 1), 0.0)))
