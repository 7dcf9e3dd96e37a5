# Right values, but sorts each row of the caller's arrays in place (ndarray.sort) on the way.
# loses: test_ndcg_at_k_input
# says: modified its input
def ndcg_at_k(relevance, scores, k=None):
    rel = np.asarray(relevance)
    s = np.asarray(scores)
    order = np.argsort(-s, axis=1, kind="stable")
    ranked_rel = np.take_along_axis(rel, order, axis=1).astype(float)
    ranked_s = np.take_along_axis(s, order, axis=1).astype(float)
    n = rel.shape[1]
    cut = n if k is None else min(k, n)
    disc = np.where(np.arange(n) < cut, 1 / np.log2(np.arange(2, n + 2)), 0.0)
    results = []
    for r, v in zip(ranked_rel, ranked_s):
        _, start, counts = np.unique(-v, return_index=True, return_counts=True)
        groups = np.repeat(np.arange(len(counts)), counts)
        means = np.bincount(groups, weights=r) / counts
        dcg = means[groups] @ disc
        results.append(dcg)
    rel.sort(axis=1)  # in place: the caller's relevance is now sorted
    idcg = rel[:, ::-1].astype(float) @ disc
    dcg = np.array(results)
    return float(np.mean(np.where(idcg > 0, dcg / np.where(idcg > 0, idcg, 1), 0.0)))
