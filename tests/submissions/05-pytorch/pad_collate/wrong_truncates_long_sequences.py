# Caps the padded length at 16 tokens: longer sequences lose their tail.
# loses: test_pad_collate
# says: expected (3, 30)
def pad_collate(batch):
    longest = min(max(len(s) for s in batch), 16)
    padded = torch.zeros(len(batch), longest, dtype=torch.long)
    for i, s in enumerate(batch):
        n = min(len(s), longest)
        padded[i, :n] = s[:n]
    return padded, torch.tensor([len(s) for s in batch])
