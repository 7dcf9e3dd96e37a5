# No loop over rows: a (B, max_len) mask of real positions filled with all tokens at once.
def pad_collate(batch):
    lengths = torch.tensor([seq.size(0) for seq in batch])
    mask = torch.arange(int(lengths.max()))[None, :] < lengths[:, None]
    padded = torch.zeros(mask.shape, dtype=torch.long)
    padded[mask] = torch.cat(batch)
    return padded, lengths
