# Pads every batch to a fixed 32 instead of the longest sequence of the batch.
# loses: test_pad_collate, test_pad_collate_edges, test_pad_collate_loader
def pad_collate(batch):
    padded = torch.zeros(len(batch), 32, dtype=torch.long)
    for i, s in enumerate(batch):
        padded[i, :len(s)] = s
    return padded, torch.tensor([len(s) for s in batch])
