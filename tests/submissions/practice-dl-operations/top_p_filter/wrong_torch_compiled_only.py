# Only compiled torch functions and tensor methods (no Python frame of torch runs): right numbers,
# but the question asks for NumPy.
# loses: test_top_p_filter
# says: calls torch
def top_p_filter(logits, p):
    import torch

    x = torch.as_tensor(np.array(logits, dtype=float))
    if p >= 1:
        return x.numpy().copy()
    probs = x.softmax(dim=-1)
    sorted_probs, order = torch.sort(probs, dim=-1, descending=True, stable=True)
    remove_sorted = torch.cumsum(sorted_probs, dim=-1) - sorted_probs >= p
    remove = remove_sorted.scatter(-1, order, remove_sorted)
    return x.masked_fill(remove, -np.inf).numpy()
