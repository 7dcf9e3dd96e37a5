# Ignores ties: a stable sort puts tied items in index order, each keeping its own relevance.
# loses: test_ndcg_at_k_ties
# says: average relevance
def ndcg_at_k(relevance, scores, k=None):
    rel = np.asarray(relevance, dtype=float)
    order = np.argsort(-np.asarray(scores, dtype=float), axis=1, kind="stable")
    n = rel.shape[1]
    cut = n if k is None else min(k, n)
    disc = 1 / np.log2(np.arange(2, cut + 2))
    dcg = np.take_along_axis(rel, order, axis=1)[:, :cut] @ disc
    idcg = np.sort(rel, axis=1)[:, ::-1][:, :cut] @ disc
    return float(np.mean(np.where(idcg > 0, dcg / np.where(idcg > 0, idcg, 1), 0.0)))
