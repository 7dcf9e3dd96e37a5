# A nested tensor, padded by PyTorch; the lengths as a LongTensor from a list.
def pad_collate(batch):
    padded = torch.nested.nested_tensor(list(batch)).to_padded_tensor(0)
    return padded, torch.LongTensor(list(map(len, batch)))
