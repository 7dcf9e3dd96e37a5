# Builds a graph for every batch: no torch.no_grad().
# loses: test_evaluate_no_grad
# says: expected it under torch.no_grad()
def evaluate(model, loader, loss_fn):
    was_training = model.training
    model.eval()
    total, correct, count = 0.0, 0, 0
    for inputs, targets in loader:
        outputs = model(inputs)
        total += loss_fn(outputs, targets).item() * len(inputs)
        correct += (outputs.argmax(dim=1) == targets).sum().item()
        count += len(inputs)
    model.train(was_training)
    return total / count, correct / count
