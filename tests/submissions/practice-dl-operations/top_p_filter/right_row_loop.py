# One row at a time with Python's sorted (key: minus the probability, then the index) and a
# running sum; p = 1 keeps the row as it is. A loop is allowed here.
def top_p_filter(logits, p):
    logits = np.asarray(logits, dtype=float)
    flat = logits.reshape(-1, logits.shape[-1])
    out = np.full(flat.shape, -np.inf)
    for r, row in enumerate(flat):
        if p >= 1:
            out[r] = row
            continue
        weights = np.exp(row - row.max())
        probs = weights / weights.sum()
        total = 0.0
        for j in sorted(range(row.size), key=lambda j: (-probs[j], j)):
            out[r, j] = row[j]
            total += probs[j]
            if total >= p:
                break
    return out.reshape(logits.shape)
