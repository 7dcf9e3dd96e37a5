# NumPy arrays instead of tensors.
# loses: test_pad_collate, test_pad_collate_edges, test_pad_collate_loader
# says: expected a torch.Tensor
import numpy as np


def pad_collate(batch):
    lengths = np.array([len(s) for s in batch])
    padded = np.zeros((len(batch), lengths.max()), dtype=np.int64)
    for i, s in enumerate(batch):
        padded[i, : len(s)] = s.numpy()
    return padded, lengths
