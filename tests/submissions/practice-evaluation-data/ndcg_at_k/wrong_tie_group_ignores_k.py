# Averages tied gains, but a tie group that straddles rank k counts with all its ranks.
# loses: test_ndcg_at_k_ties
# says: straddles rank k
def ndcg_at_k(relevance, scores, k=None):
    rel = np.asarray(relevance, dtype=float)
    s = np.asarray(scores, dtype=float)
    n = rel.shape[1]
    cut = n if k is None else min(k, n)
    disc = 1 / np.log2(np.arange(2, n + 2))
    cum = np.concatenate([[0.0], np.cumsum(disc)])
    higher = (s[:, None, :] > s[:, :, None]).sum(axis=2)
    equal = (s[:, None, :] == s[:, :, None]).sum(axis=2)
    inside = higher < cut  # the group starts within the top k
    dcg = (inside * rel * (cum[higher + equal] - cum[higher]) / equal).sum(axis=1)
    idcg = np.sort(rel, axis=1)[:, ::-1][:, :cut] @ disc[:cut]
    return float(np.mean(np.where(idcg > 0, dcg / np.where(idcg > 0, idcg, 1), 0.0)))
