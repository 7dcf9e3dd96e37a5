# Pads with -1 instead of 0.
# loses: test_pad_collate, test_pad_collate_edges, test_pad_collate_loader
def pad_collate(batch):
    padded = torch.nn.utils.rnn.pad_sequence(batch, batch_first=True, padding_value=-1)
    return padded, torch.tensor([len(s) for s in batch])
