# Lengths as a Python list, not a tensor.
# loses: test_pad_collate, test_pad_collate_edges, test_pad_collate_loader
# says: expected a torch.Tensor
def pad_collate(batch):
    return torch.nn.utils.rnn.pad_sequence(batch, batch_first=True), [len(s) for s in batch]
