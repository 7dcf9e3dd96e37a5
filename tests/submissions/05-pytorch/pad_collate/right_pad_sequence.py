# PyTorch's own pad_sequence, the lengths from the sequences.
from torch.nn.utils.rnn import pad_sequence


def pad_collate(batch):
    lengths = torch.as_tensor([seq.numel() for seq in batch], dtype=torch.int64)
    return pad_sequence(batch, batch_first=True, padding_value=0), lengths
