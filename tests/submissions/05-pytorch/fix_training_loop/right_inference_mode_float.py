# torch.inference_mode for validation, float() for the history.
def fix_training_loop(model, train_loader, val_loader, optimizer, n_epochs=3):
    history = []
    for epoch in range(n_epochs):
        model.train()
        train_total = 0.0
        for inputs, targets in train_loader:
            logits = model(inputs)
            loss = nn.functional.cross_entropy(logits, targets)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            train_total += float(loss)
        model.eval()
        val_total = 0.0
        with torch.inference_mode():
            for inputs, targets in val_loader:
                val_total += float(nn.functional.cross_entropy(model(inputs), targets))
        history.append((train_total / len(train_loader), val_total / len(val_loader)))
    return history
