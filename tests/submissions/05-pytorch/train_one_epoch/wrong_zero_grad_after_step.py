# zero_grad after the step: the first step uses whatever .grad held before the call.
# loses: test_train_one_epoch_zero_grad
# says: call optimizer.zero_grad() before each backward
def train_one_epoch(model, loader, optimizer, loss_fn):
    model.train()
    total, count = 0.0, 0
    for inputs, targets in loader:
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        total += loss.item() * len(inputs)
        count += len(inputs)
    return total / count
