# A one-hot matrix of the tokens, transposed, times the gradient rows: the lookup is
# out = one_hot @ W, so dW = one_hotᵀ @ dout.
def embedding_backward(indices, dout, vocab_size):
    ids = np.ravel(indices)
    dout = np.asarray(dout, dtype=float)
    rows = dout.reshape(-1, dout.shape[-1])
    one_hot = (ids[:, None] == np.arange(vocab_size)[None, :]).astype(float)  # (n_tokens, V)
    return one_hot.T @ rows
