# model.train() only before the first epoch: after the first validation it trains in evaluation mode.
# loses: test_fix_training_loop_eval
def fix_training_loop(model, train_loader, val_loader, optimizer, n_epochs=3):
    history = []
    model.train()
    for epoch in range(n_epochs):
        train_loss = 0.0
        for inputs, targets in train_loader:
            optimizer.zero_grad()
            loss = F.cross_entropy(model(inputs), targets)
            loss.backward()
            optimizer.step()
            train_loss += loss.item()
        model.eval()
        with torch.no_grad():
            val_loss = sum(F.cross_entropy(model(x), y).item() for x, y in val_loader)
        history.append((train_loss / len(train_loader), val_loss / len(val_loader)))
    return history
