# The mean of the batch losses: the smaller last batch weighs as much as a full one.
# loses: test_train_one_epoch
# says: weight each by its number of rows
def train_one_epoch(model, loader, optimizer, loss_fn):
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
