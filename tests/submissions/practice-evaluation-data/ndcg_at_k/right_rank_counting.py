# Right, unlike the reference: no sort at all. For each item, count the items with a strictly
# higher score (g) and with an equal score (t, itself included): its tie group occupies ranks
# g + 1 .. g + t, so it contributes rel / t times the sum of those ranks' discounts, read from a
# cumulative sum of the (k-truncated) discounts. O(n_items^2) per query, by broadcasting.
def ndcg_at_k(relevance, scores, k=None):
    rel = np.asarray(relevance, dtype=float)
    s = np.asarray(scores, dtype=float)
    n = rel.shape[1]
    cut = n if k is None else min(k, n)
    ranks = np.arange(1, n + 1)
    disc = np.where(ranks <= cut, 1 / np.log2(ranks + 1), 0.0)
    cum = np.concatenate([[0.0], np.cumsum(disc)])
    higher = (s[:, None, :] > s[:, :, None]).sum(axis=2)
    equal = (s[:, None, :] == s[:, :, None]).sum(axis=2)
    dcg = (rel * (cum[higher + equal] - cum[higher]) / equal).sum(axis=1)
    best = np.sort(rel, axis=1)[:, ::-1]
    idcg = best @ disc
    safe = np.where(idcg > 0, idcg, 1.0)
    return float(np.mean(np.where(idcg > 0, dcg / safe, 0.0)))
