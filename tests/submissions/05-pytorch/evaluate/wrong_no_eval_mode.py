# Evaluates in the caller's mode: dropout on and batch norm updating during evaluation.
# loses: test_evaluate_modes
# says: expected evaluation mode
def evaluate(model, loader, loss_fn):
    total, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            outputs = model(inputs)
            total += loss_fn(outputs, targets).item() * len(inputs)
            correct += (outputs.argmax(dim=1) == targets).sum().item()
            count += len(inputs)
    return total / count, correct / count
