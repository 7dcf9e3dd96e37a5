# Flattens dout with the embedding axis first, pairing tokens with the wrong gradient entries.
# loses: test_embedding_backward
def embedding_backward(indices, dout, vocab_size):
    ids = np.asarray(indices).reshape(-1)
    dout = np.asarray(dout)
    rows = dout.reshape(dout.shape[-1], ids.size).T
    dW = np.zeros((vocab_size, dout.shape[-1]))
    np.add.at(dW, ids, rows)
    return dW
