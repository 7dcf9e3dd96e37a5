# Sort the tokens, sum each run of equal ids with np.add.reduceat, and write one sum per id
# that occurs (a segment sum).
def embedding_backward(indices, dout, vocab_size):
    dout = np.asarray(dout, dtype=float)
    D = dout.shape[-1]
    ids = np.asarray(indices).reshape(-1)
    dW = np.zeros((vocab_size, D))
    if ids.size == 0:
        return dW
    rows = dout.reshape(-1, D)
    order = np.argsort(ids, kind="stable")
    sorted_ids = ids[order]
    starts = np.flatnonzero(np.r_[True, sorted_ids[1:] != sorted_ids[:-1]])
    dW[sorted_ids[starts]] = np.add.reduceat(rows[order], starts, axis=0)
    return dW
