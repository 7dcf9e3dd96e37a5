# Clears once before the loop and again after each step: same gradients as clearing before.
def train_one_epoch(model, loader, optimizer, loss_fn):
    model.train()
    optimizer.zero_grad()
    weighted = []
    for inputs, targets in loader:
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        weighted.append((loss.item(), len(targets)))
    return sum(l * n for l, n in weighted) / sum(n for _, n in weighted)
