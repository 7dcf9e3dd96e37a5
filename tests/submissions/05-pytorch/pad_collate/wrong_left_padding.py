# Zeros on the left.
# loses: test_pad_collate, test_pad_collate_edges, test_pad_collate_loader
# says: then zeros on the right
def pad_collate(batch):
    longest = max(len(s) for s in batch)
    padded = torch.zeros(len(batch), longest, dtype=torch.long)
    for i, s in enumerate(batch):
        padded[i, longest - len(s):] = s
    return padded, torch.tensor([len(s) for s in batch])
