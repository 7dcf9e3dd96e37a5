# Leaves queries without relevant items out of the mean (nanmean) instead of counting them as 0.
# loses: test_ndcg_at_k_edge
# says: still counts in the mean
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
    kept = idcg > 0
    if not kept.any():
        return 0.0
    return float(np.mean(dcg[kept] / idcg[kept]))
