# Right, unlike the reference: a plain loop over queries, tie groups from np.unique on the
# scores (like scikit-learn's own implementation, written independently), the ideal DCG from
# the top-k relevances, and a natural-log discount: the log base cancels in the ratio.
def ndcg_at_k(relevance, scores, k=None):
    relevance = np.asarray(relevance, dtype=float)
    scores = np.asarray(scores, dtype=float)
    n_items = relevance.shape[1]
    top = n_items if k is None else min(k, n_items)
    discount = 1.0 / np.log(np.arange(n_items) + 2.0)
    discount[top:] = 0.0
    total = 0.0
    for rel, score in zip(relevance, scores):
        values, inverse = np.unique(score, return_inverse=True)
        inverse = len(values) - 1 - inverse  # group 0 = the highest score
        counts = np.bincount(inverse, minlength=len(values))
        means = np.bincount(inverse, weights=rel, minlength=len(values)) / counts
        ends = np.cumsum(counts)
        cum = np.concatenate([[0.0], np.cumsum(discount)])
        dcg = np.sum(means * (cum[ends] - cum[ends - counts]))
        ideal = np.sum(np.sort(rel)[::-1] * discount)
        total += dcg / ideal if ideal > 0 else 0.0
    return total / len(relevance)
