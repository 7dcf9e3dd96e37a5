# Adds up the loss tensors: returns a tensor (holding every batch's graph), not a float.
# loses: test_train_one_epoch_float
def train_one_epoch(model, loader, optimizer, loss_fn):
    model.train()
    total, count = 0.0, 0
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        total = total + loss * len(inputs)
        count += len(inputs)
    return total / count
