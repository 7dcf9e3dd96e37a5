# PyTorch's autograd through F.embedding: right numbers, but the question asks for NumPy.
# loses: test_embedding_backward
# says: calls torch
def embedding_backward(indices, dout, vocab_size):
    import torch

    dout = np.asarray(dout, dtype=float)
    W = torch.zeros(vocab_size, dout.shape[-1], dtype=torch.float64, requires_grad=True)
    out = torch.nn.functional.embedding(torch.as_tensor(np.asarray(indices), dtype=torch.long), W)
    out.backward(torch.as_tensor(dout))
    return W.grad.numpy()
