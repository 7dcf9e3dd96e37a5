# Sorts the batch by length in place (as for pack_padded_sequence): rows come back reordered
# and the caller's list is changed.
# loses: test_pad_collate, test_pad_collate_loader
def pad_collate(batch):
    batch.sort(key=len, reverse=True)
    padded = torch.nn.utils.rnn.pad_sequence(batch, batch_first=True)
    return padded, torch.tensor([len(s) for s in batch])
