# Runs the model a second time per batch to report the loss after the step.
# loses: test_train_one_epoch, test_train_one_epoch_mode
def train_one_epoch(model, loader, optimizer, loss_fn):
    model.train()
    total, count = 0.0, 0
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss_fn(model(inputs), targets).backward()
        optimizer.step()
        with torch.no_grad():
            total += loss_fn(model(inputs), targets).item() * len(inputs)
        count += len(inputs)
    return total / count
