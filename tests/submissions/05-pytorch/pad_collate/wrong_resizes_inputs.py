# Pads each sequence in place (resize_ and a zero tail), then stacks: the caller's tensors grow.
# loses: test_pad_collate_edges
# says: changed its input sequences
def pad_collate(batch):
    lengths = torch.tensor([len(s) for s in batch])
    longest = int(lengths.max())
    for seq in batch:
        n = len(seq)
        seq.resize_(longest)
        seq[n:] = 0
    return torch.stack(batch), lengths
