# A float tensor of token ids (torch.zeros defaults to float32).
# loses: test_pad_collate_edges
# says: expected torch.int64
def pad_collate(batch):
    lengths = torch.tensor([len(s) for s in batch])
    padded = torch.zeros(len(batch), int(lengths.max()))
    for i, s in enumerate(batch):
        padded[i, :len(s)] = s
    return padded, lengths
