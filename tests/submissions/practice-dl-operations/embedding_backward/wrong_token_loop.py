# Right values, but a Python loop over every token.
# loses: test_embedding_backward_vectorised
# says: Python loop
def embedding_backward(indices, dout, vocab_size):
    ids = np.asarray(indices).reshape(-1)
    rows = np.asarray(dout).reshape(ids.size, -1)
    dW = np.zeros((vocab_size, rows.shape[1]))
    for position, token in enumerate(ids):
        dW[token] += rows[position]
    return dW
