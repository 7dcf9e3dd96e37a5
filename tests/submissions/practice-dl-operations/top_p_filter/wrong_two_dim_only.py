# Written for a (batch, vocab) matrix: a row loop over axis 0 that breaks on 1-D and 3-D logits.
# loses: test_top_p_filter, test_top_p_filter_shapes
def top_p_filter(logits, p):
    out = np.full(logits.shape, -np.inf)
    for b in range(logits.shape[0]):
        row = logits[b]
        probs = np.exp(row - row.max())
        probs /= probs.sum()
        order = np.argsort(-probs, kind="stable")
        before = np.cumsum(probs[order]) - probs[order]
        kept = order[(before < p) | (p >= 1)]
        out[b, kept] = row[kept]
    return out
