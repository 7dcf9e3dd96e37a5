# Never clears .grad: each step uses the sum of every gradient so far.
# loses: test_train_one_epoch, test_train_one_epoch_zero_grad
def train_one_epoch(model, loader, optimizer, loss_fn):
    model.train()
    total, count = 0.0, 0
    for inputs, targets in loader:
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        total += loss.item() * len(inputs)
        count += len(inputs)
    return total / count
