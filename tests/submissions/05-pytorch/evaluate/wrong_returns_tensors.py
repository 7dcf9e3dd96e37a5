# Returns tensors instead of Python floats.
# loses: test_evaluate_no_grad
def evaluate(model, loader, loss_fn):
    was_training = model.training
    model.eval()
    total, correct, count = torch.tensor(0.0), torch.tensor(0), 0
    with torch.no_grad():
        for inputs, targets in loader:
            outputs = model(inputs)
            total = total + loss_fn(outputs, targets) * len(inputs)
            correct = correct + (outputs.argmax(dim=1) == targets).sum()
            count += len(inputs)
    model.train(was_training)
    return total / count, correct / count
