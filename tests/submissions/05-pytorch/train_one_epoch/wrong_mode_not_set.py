# Trusts the caller's mode: a model left in evaluation mode trains with dropout off.
# loses: test_train_one_epoch_mode
# says: expected training mode
def train_one_epoch(model, loader, optimizer, loss_fn):
    total, count = 0.0, 0
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        total += loss.item() * len(inputs)
        count += len(inputs)
    return total / count
