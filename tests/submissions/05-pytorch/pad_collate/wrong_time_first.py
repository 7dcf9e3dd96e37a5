# pad_sequence without batch_first=True: (max_len, B), the time axis first.
# loses: test_pad_collate, test_pad_collate_edges, test_pad_collate_loader
# says: batch_first=True
from torch.nn.utils.rnn import pad_sequence


def pad_collate(batch):
    return pad_sequence(batch, padding_value=0), torch.tensor([len(s) for s in batch])
