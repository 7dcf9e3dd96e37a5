# Returns the gradient as (D, vocab_size), the layout of a one-hot matmul left untransposed.
# loses: test_embedding_backward, test_embedding_backward_shapes
# says: expected (5, 2)
def embedding_backward(indices, dout, vocab_size):
    ids = np.asarray(indices).reshape(-1)
    rows = np.asarray(dout).reshape(ids.size, -1)
    one_hot = np.eye(vocab_size)[ids]  # (n_tokens, vocab_size)
    return rows.T @ one_hot
