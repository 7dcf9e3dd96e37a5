# Each sequence padded on the right with F.pad, then stacked.
def pad_collate(batch):
    longest = max(seq.shape[0] for seq in batch)
    padded = torch.stack([F.pad(seq, (0, longest - seq.shape[0]), value=0) for seq in batch])
    return padded, torch.LongTensor([seq.shape[0] for seq in batch])
