# np.bincount with the gradient as weights, one embedding column at a time (a loop over D, not
# over the tokens), stacked into (vocab_size, D).
def embedding_backward(indices, dout, vocab_size):
    ids = np.asarray(indices).ravel().astype(np.intp)
    dout = np.asarray(dout, dtype=float)
    D = dout.shape[-1]
    rows = dout.reshape(ids.size, D)
    columns = [np.bincount(ids, weights=rows[:, j], minlength=vocab_size) for j in range(D)]
    return np.stack(columns, axis=1).reshape(vocab_size, D)
