# torch.empty instead of torch.zeros: the padding holds whatever the memory held.
# loses: test_pad_collate
# says: then zeros on the right
def pad_collate(batch):
    lengths = torch.tensor([len(s) for s in batch])
    padded = torch.empty(len(batch), int(lengths.max()), dtype=torch.long)
    for i, s in enumerate(batch):
        padded[i, : len(s)] = s
    return padded, lengths
