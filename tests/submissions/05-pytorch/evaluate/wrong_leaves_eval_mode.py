# Switches to evaluation mode and leaves the model there.
# loses: test_evaluate_modes
# says: expected the caller's mode restored
def evaluate(model, loader, loss_fn):
    model.eval()
    total, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            outputs = model(inputs)
            total += loss_fn(outputs, targets).item() * len(inputs)
            correct += (outputs.argmax(dim=1) == targets).sum().item()
            count += len(inputs)
    return total / count, correct / count
