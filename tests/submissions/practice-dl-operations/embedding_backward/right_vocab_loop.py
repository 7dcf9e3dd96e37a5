# A loop over the vocabulary (a few ids), each a masked sum over all tokens at once: no loop
# over the tokens.
def embedding_backward(indices, dout, vocab_size):
    indices = np.asarray(indices)
    dout = np.asarray(dout, dtype=float)
    dW = np.zeros((vocab_size, dout.shape[-1]))
    for k in np.unique(indices):
        dW[k] = dout[indices == k].sum(axis=0)
    return dW
